namespace GovCms.Modules;

/// <summary>
/// A box on the admin home page: the view component of that name is rendered there, only where its
/// module is on and the user holds the permission.
/// </summary>
public sealed record DashboardWidget(string ViewComponent, string? Permission = null, int Order = 100);
