using Microsoft.EntityFrameworkCore;

namespace GovCms.Data;

/// <summary>Adds a module's entities to the one model of the host. Register it as a singleton.</summary>
public interface IModelContributor
{
    void Configure(ModelBuilder modelBuilder, DatabaseProvider provider);
}
