using System.Text.Encodings.Web;
using System.Text.Unicode;
using GovCms.Audit;
using GovCms.Content;
using GovCms.Content.Public;
using GovCms.Content.Parts;
using GovCms.Data;
using GovCms.Media;
using GovCms.Modules;
using GovCms.Provisioning;
using GovCms.Recipes;
using GovCms.Redirects;
using GovCms.Recipes.Steps;
using GovCms.Security;
using GovCms.Tenants;
using GovCms.Themes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace GovCms.Hosting;

public static class GovCmsServices
{
    /// <summary>Registers the framework, the given modules and the given public themes, once for the whole process.</summary>
    public static IServiceCollection AddGovCms(
        this IServiceCollection services, IConfiguration configuration, string contentRoot, IEnumerable<Module> modules, IEnumerable<ThemeManifest> themes)
    {
        var catalog = new ModuleCatalog(modules);
        var themeCatalog = new ThemeCatalog(themes);
        services.AddSingleton(catalog);
        services.AddSingleton(sp => new ReservedSegments(catalog.Modules, sp.GetServices<ContentTypeRegistration>()));
        services.AddSingleton(themeCatalog);
        services.AddSingleton(TimeProvider.System);
        services.AddOpenApi();
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddProblemDetails();
        // Vietnamese text is written as it is, not as &#x...; entities (HTML stays encoded, only letters are left alone).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddControllersWithViews(mvc =>
            {
                mvc.Conventions.Add(new ModuleControllerConvention(catalog));
                // Forms are checked by the pages and services themselves, in Vietnamese; a non-nullable property is not a required field.
                mvc.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddRazorOptions(razor => razor.ViewLocationExpanders.Add(new ThemeViewLocationExpander(themeCatalog)))
            .ConfigureApplicationPartManager(parts => ModuleParts.KeepListedOnly(parts, catalog));
        // No client-side validation attributes (in English) either.
        services.Configure<Microsoft.AspNetCore.Mvc.MvcViewOptions>(options => options.HtmlHelperOptions.ClientValidationEnabled = false);
        services.AddScoped<AdminMenuService>();
        services.AddGovCmsRequestHandling(configuration);

        var database = configuration.GetSection("GovCms:Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddGovCmsData(database, contentRoot);
        services.AddSingleton<IModelContributor, TenantModel>();
        services.AddSingleton<IModelContributor, ContentModel>();
        services.AddSingleton<IModelContributor, SecurityModel>();
        services.AddSingleton<IModelContributor, AuditModel>();
        services.AddGovCmsRedirects();
        var redis = RedisConnection.From(configuration);
        services.AddGovCmsDataProtection(redis);
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddSingleton(new AuditVocabulary(catalog));
        services.AddSingleton<ContentFieldLabels>();
        services.AddScoped<IContentHandler, ContentAuditHandler>();

        services.Configure<TenancyOptions>(configuration.GetSection("GovCms:Tenancy"));
        services.AddSingleton<TenantCatalog>();
        services.AddSingleton<ITenantCatalog>(sp => sp.GetRequiredService<TenantCatalog>());
        services.AddScoped<ICurrentTenant, CurrentTenant>();
        services.AddScoped<TenantService>();
        services.AddSiteSettingsEngine();
        services.AddTenantTree();

        services.AddScoped<IContentManager, ContentManager>();
        services.AddContentParts();
        services.AddScoped<ContentAuthor>();
        services.AddScoped<ContentAddresses>();
        services.AddScoped<TableStatistics>();
        services.AddScoped<ContentImport>();
        services.AddContentIndexing();
        services.AddContentReferences();
        services.AddPublicContent();
        services.AddGovCmsPlatform();

        services.AddGovCmsMedia(configuration, contentRoot);
        services.AddPortalCaching(configuration, redis);

        AddSecurity(services, configuration);
        AddRecipes(services, configuration);

        foreach (var module in catalog.Modules)
        {
            module.ConfigureServices(services);
        }

        return services;
    }

    /// <summary>The recipe library, the built-in steps (modules add theirs) and the one provisioning service.</summary>
    private static void AddRecipes(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RecipeOptions>(configuration.GetSection("GovCms:Recipes"));
        services.AddSingleton<RecipeLibrary>();
        services.AddSingleton<RecipeSchema>();
        services.AddSingleton<TenantProvisioner>();
        services.AddSingleton<RecipeExporter>();
        services.AddSingleton<TenantTreeService>();
        services.AddTransient<UnitImporter>();
        services.AddScoped<RecipeRunner>();
        services.AddRecipeStep<TenantsStep>();
        services.AddRecipeStep<FeaturesStep>();
        services.AddRecipeStep<ThemeStep>();
        services.AddRecipeStep<SettingsStep>();
        services.AddRecipeStep<MenuStep>();
        services.AddRecipeStep<RolesStep>();
        services.AddRecipeStep<ContentStep>();
        services.AddRecipeStepPermission("content", ContentPermissions.Edit);
        services.AddRecipeStepPermission("content", ContentPermissions.Publish);
    }

    private static void AddSecurity(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SecurityOptions>(configuration.GetSection("GovCms:Security"));
        services.AddIdentityCore<GovCmsUser>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<GovCmsDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<GovCmsClaimsFactory>()
            .AddErrorDescriber<VietnameseIdentityErrors>()
            .AddDefaultTokenProviders();

        services.AddOptions<IdentityOptions>().Configure<IOptions<SecurityOptions>>((options, security) =>
        {
            options.Lockout.MaxFailedAccessAttempts = Math.Max(1, security.Value.LockoutAttempts);
            options.Lockout.DefaultLockoutTimeSpan = security.Value.LockoutDuration;
        });
        services.AddOptions<DataProtectionTokenProviderOptions>().Configure<IOptions<SecurityOptions>>((options, security) =>
            options.TokenLifespan = security.Value.PasswordResetLinkLifetime);
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        // The antiforgery cookie of the admin forms: HttpOnly and SameSite=Strict by default, Secure over HTTPS.
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        // Signing out (also when a changed security stamp rejects a cookie) clears Identity's other
        // cookies too, so their schemes must exist even though GovCms issues only the application cookie.
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ExternalScheme)
            .AddCookie(IdentityConstants.TwoFactorUserIdScheme)
            .AddCookie(IdentityConstants.TwoFactorRememberMeScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, options =>
            {
                options.Cookie.Name = TenantCookieManager.AuthCookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.CookieManager = new TenantCookieManager();
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = ValidatePrincipalAsync,
                    OnRedirectToLogin = context => Challenge(context, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = context => Challenge(context, StatusCodes.Status403Forbidden),
                };
            });

        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddScoped<IPermissionService, PermissionService>();
        services.AddSingleton<PermissionVersion>();
        services.AddScoped<SignInService>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<UserSessions>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<AccountService>();
    }

    /// <summary>A cookie is good only on the tenant it was issued for, and only while the user's security stamp holds.</summary>
    private static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var tenant = context.HttpContext.RequestServices.GetRequiredService<ICurrentTenant>().Tenant;
        if (tenant is null || context.Principal?.SignedInTenantId() != tenant.Id)
        {
            context.RejectPrincipal();
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>People are sent to the tenant's sign-in page; the API gets a status code.</summary>
    private static Task Challenge(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (ErrorPages.IsApiRequest(context.HttpContext) || status == StatusCodes.Status403Forbidden)
        {
            return ErrorPages.WriteAsync(context.HttpContext, status);
        }

        var request = context.HttpContext.Request;
        var returnUrl = Uri.EscapeDataString(request.PathBase + request.Path + request.QueryString);
        context.Response.Redirect($"{request.PathBase}/admin/login?returnUrl={returnUrl}");
        return Task.CompletedTask;
    }
}
