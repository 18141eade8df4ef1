using GovCms.Hosting;
using GovCms.Web;
using GovCms.Web.Cli;
using GovCms.Web.Demo;

// "tenants import ..." runs a command and exits; without a verb the host serves the sites.
var command = HostCommands.IsCommand(args);
var builder = WebApplication.CreateBuilder(command ? [] : args);
// Theme assets (/_content/...) in every environment when running from the build output; a published host has them in wwwroot.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddGovCms(builder.Configuration, builder.Environment.ContentRootPath, HostModules.All(), HostThemes.All());

var app = builder.Build();
await app.Services.InitializeGovCmsAsync();
if (command)
{
    return await HostCommands.RunAsync(args, app.Services);
}

await DemoStartup.RunAsync(app);

app.UseGovCms();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
