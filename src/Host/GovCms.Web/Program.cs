using GovCms.Hosting;
using GovCms.Web;
using GovCms.Web.Demo;

var builder = WebApplication.CreateBuilder(args);
// Theme assets (/_content/...) in every environment when running from the build output; a published host has them in wwwroot.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddGovCms(builder.Configuration, builder.Environment.ContentRootPath, HostModules.All(), HostThemes.All());

var app = builder.Build();
await app.Services.InitializeGovCmsAsync();
if (app.Configuration.GetValue("GovCms:Demo:Enabled", defaultValue: true))
{
    var password = app.Configuration["GovCms:Demo:Password"] ?? DemoNetwork.DefaultPassword;
    await DemoNetwork.EnsureAsync(app.Services, app.Logger, password);
    app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app.Services, password));
}

app.UseGovCms();
app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
