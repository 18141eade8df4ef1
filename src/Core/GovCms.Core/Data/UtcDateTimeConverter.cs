using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GovCms.Data;

/// <summary>Stores DateTime as it is and reads it back marked as UTC.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value,
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc));
