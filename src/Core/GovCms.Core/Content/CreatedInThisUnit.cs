using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Content;

/// <summary>
/// Whether the item is being created by the current content operation (its header is added, not yet saved): the rows
/// content handlers keep for it (declared indexes, references) are then all in the unit of work, none stored, so
/// creating an item (provisioning creates thousands) costs no query per handler.
/// </summary>
internal static class CreatedInThisUnit
{
    public static bool Holds(GovCmsDbContext db, string contentItemId) => UnitOfWork.IsAdded<ContentItemRecord, string>(db, contentItemId);
}
