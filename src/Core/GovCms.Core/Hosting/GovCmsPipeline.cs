using GovCms.Content.Admin;
using GovCms.Content.Public;
using GovCms.Data;
using GovCms.Media;
using GovCms.Modules;
using GovCms.Recipes;
using GovCms.Redirects;
using GovCms.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Hosting;

public static class GovCmsPipeline
{
    /// <summary>Where the themes' files are served (static web assets of the Razor class libraries).</summary>
    private static readonly PathString StaticAssets = "/_content";

    /// <summary>Checks the recipe steps, migrates the database (when configured) and loads the tenant catalog.</summary>
    public static async Task InitializeGovCmsAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            RecipeStepCatalog.ByName(scope.ServiceProvider.GetServices<IRecipeStep>());
            _ = scope.ServiceProvider.GetRequiredService<RecipeSchema>();
            _ = scope.ServiceProvider.GetRequiredService<ReservedSegments>();
            var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();
            if (scope.ServiceProvider.GetRequiredService<DatabaseOptions>().MigrateOnStartup)
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            if (db.Provider == DatabaseProvider.Sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            await RetiredRedirects.MoveLegacySettingsAsync(db, scope.ServiceProvider.GetRequiredService<GovCms.Redirects.RedirectStore>(), cancellationToken);
            await GovCms.Content.ContentReferenceFill.RunAsync(scope.ServiceProvider, cancellationToken);
            await LegacyModuleSettings.MoveAsync(db, scope.ServiceProvider.GetRequiredService<SiteSettingsCatalog>(), cancellationToken);
        }

        await services.GetRequiredService<TenantCatalog>().LoadAllAsync(cancellationToken);
    }

    /// <summary>Static files, tenant resolution, routing, the feature gate, the API's forgery check, authentication and authorization, in that order.</summary>
    public static WebApplication UseGovCms(this WebApplication app)
    {
        app.UsePortalResponses();
        app.UseSecurityHeaders();
        // Before tenant resolution: theme assets (/_content/{project}/...) are the same for every tenant
        // and are linked root-absolute, so they never go through a tenant prefix. Only there is the disk looked at.
        app.UseWhen(context => context.Request.Path.StartsWithSegments(StaticAssets), assets => assets.UseStaticFiles());
        var catalog = app.Services.GetRequiredService<TenantCatalog>();
        app.Map("/health", health => health.Run(context =>
            context.Response.WriteAsJsonAsync(new { status = "ok", tenants = catalog.Count })));
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandler = context => ErrorPages.WriteAsync(context, StatusCodes.Status500InternalServerError),
            });
        }

        app.UseMiddleware<RequestLogMiddleware>();
        app.UseCanonicalAddresses();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UsePortalOutputCache();
        app.UseStatusCodePages(context => ErrorPages.WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode));
        app.UseGovCmsRedirects();
        app.UseRouting();
        app.UseRequestLimits();
        app.UseMiddleware<FeatureGateMiddleware>();
        app.UseMiddleware<ApiRequestGuard>();
        app.UseAuthentication();
        app.UseMiddleware<GovCms.Security.SupervisorReadOnly>();
        app.UseAuthorization();
        app.UsePageValidators();
        app.MapGovCmsModules();
        app.MapPublicContentApi();
        app.MapGovCmsMedia();
        app.MapContentAdminApi();
        app.MapControllers();
        // The OpenAPI document of the JSON APIs (minimal API endpoints, with their tags and summaries): /openapi/v1.json.
        app.MapOpenApi();
        return app;
    }

    private static void MapGovCmsModules(this WebApplication app)
    {
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            var gate = new RequiresFeatureAttribute(module.Manifest.Id);
            var publicGroup = app.MapGroup("").WithMetadata(gate);
            var publicApi = app.MapGroup("/api").WithMetadata(gate);
            var admin = app.MapGroup("/admin").WithMetadata(gate).RequireAuthorization();
            var adminApi = app.MapGroup("/api/admin").WithMetadata(gate).RequireAuthorization();
            module.MapEndpoints(new ModuleEndpoints(publicGroup, publicApi, admin, adminApi));
        }
    }
}
