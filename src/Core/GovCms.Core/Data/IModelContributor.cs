using Microsoft.EntityFrameworkCore;

namespace GovCms.Data;

/// <summary>Adds a module's entities to the one model of the host. Register it as a singleton.</summary>
public interface IModelContributor
{
    void Configure(ModelBuilder modelBuilder, DatabaseProvider provider);

    /// <summary>
    /// What the model this contributor adds depends on: hosts whose contributors answer the same share one built
    /// model (EF Core caches it per process), so a contributor whose entities vary must say by what.
    /// </summary>
    string ModelKey => GetType().FullName!;
}
