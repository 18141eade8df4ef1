using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace GovCms.Data;

/// <summary>
/// Caches a built model per set of contributors, not per context type only: two hosts in one process (tests, a
/// command beside the web host) with different module lists must not share the model the first of them built.
/// </summary>
internal sealed class ModelKeys : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is GovCmsDbContext db ? (context.GetType(), db.ModelKey, designTime) : (context.GetType(), designTime);
}

/// <summary>What the host's model is built from (see <see cref="IModelContributor.ModelKey"/>), worked out once per host.</summary>
public sealed class ModelSignature(IEnumerable<IModelContributor> contributors)
{
    public string Key { get; } = string.Join('|', contributors.Select(c => c.ModelKey).Order(StringComparer.Ordinal));
}
