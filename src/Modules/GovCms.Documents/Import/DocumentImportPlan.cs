namespace GovCms.Documents.Import;

public enum DocumentImportStatus
{
    /// <summary>Will be created (or was, after the import).</summary>
    Create,

    /// <summary>Already in the registry (same issuer, year, number and symbol): left as it is.</summary>
    Skip,

    /// <summary>Cannot be imported; <see cref="DocumentImportRow.Errors"/> says why, by column.</summary>
    Error,
}

/// <summary>A problem of a row, in the column (its Vietnamese name) that holds it.</summary>
public sealed record DocumentImportError(string Column, string Message);

/// <summary>A row of the file and what the import does with it.</summary>
public sealed record DocumentImportRow(int Row, DocumentImportStatus Status, string Number, string Abstract, IReadOnlyList<DocumentImportError> Errors)
{
    /// <summary>The document to create, for <see cref="DocumentImportStatus.Create"/>.</summary>
    public DocumentPart? Part { get; init; }

    /// <summary>Why a row is skipped ("Đã có: «trích yếu»").</summary>
    public string? Note { get; init; }

    public string Message => Note ?? string.Join(" ", Errors.Select(e => $"{e.Column}: {e.Message}"));
}

/// <summary>What importing a file does: every row's fate, and the file's columns no one reads.</summary>
public sealed record DocumentImportPlan(IReadOnlyList<DocumentImportRow> Rows, IReadOnlyList<string> UnknownColumns)
{
    public int ToCreate => Rows.Count(r => r.Status == DocumentImportStatus.Create);

    public int Skipped => Rows.Count(r => r.Status == DocumentImportStatus.Skip);

    public int Failed => Rows.Count(r => r.Status == DocumentImportStatus.Error);
}
