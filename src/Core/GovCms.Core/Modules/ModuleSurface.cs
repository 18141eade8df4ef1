namespace GovCms.Modules;

/// <summary>
/// The named surface of GovCms.Core that modules may use besides GovCms.Abstractions: the admin controller and form
/// helpers, API answers, text and time helpers, media, the tenant, recipe, provisioning and account services, the data
/// context for a module's own tables. ArchitectureTests fails when a module uses any other type of Core. A type used by
/// modules that should not be (the engine's inside, still reached into) is listed in <see cref="Remaining"/> with why.
/// </summary>
public static class ModuleSurface
{
    public static readonly IReadOnlyList<Type> Types =
    [
        // GovCms.Admin
        typeof(GovCms.Admin.AdminController), typeof(GovCms.Admin.FieldErrorAriaTagHelper), typeof(GovCms.Admin.FieldErrorIdTagHelper), typeof(GovCms.Admin.ModelStateErrors), typeof(GovCms.Admin.Pager),
        // GovCms.Audit
        typeof(GovCms.Audit.AuditCategoryTerms), typeof(GovCms.Audit.AuditEntry), typeof(GovCms.Audit.ContentFieldLabels), typeof(GovCms.Audit.AuditVocabulary),
        // A part's own editor partial (ContentPartDefinition.EditorPartial) gets its part's editor as its model
        typeof(GovCms.Content.Parts.Editing.PartEditor), typeof(GovCms.Content.Parts.Editing.FieldEditor),
        // How the content admin names an item's state, for a module's widgets that list items
        typeof(GovCms.Content.Admin.ContentLabels),
        // GovCms.Data
        typeof(GovCms.Data.DatabaseProvider), typeof(GovCms.Data.GovCmsDbContext), typeof(GovCms.Data.IModelContributor),
        // GovCms.Hosting
        typeof(GovCms.Hosting.ApiResults), typeof(GovCms.Hosting.PortalCacheTags), typeof(GovCms.Hosting.PortalFragments),
        // GovCms.Import: tables read from CSV and XLSX files, and their columns by name
        typeof(GovCms.Import.Table), typeof(GovCms.Import.TableCell), typeof(GovCms.Import.TableColumn), typeof(GovCms.Import.TableColumns), typeof(GovCms.Import.TableFile), typeof(GovCms.Import.TableFormat), typeof(GovCms.Import.TableRow),
        // GovCms.Media
        typeof(GovCms.Media.MediaImageTagHelper), typeof(GovCms.Media.MediaStore), typeof(GovCms.Media.MediaUpload),
        // Platform services and the media library used by the modules of this host
        typeof(GovCms.Content.Scheduling.ScheduledVersion), typeof(GovCms.Data.JoinableTransaction), typeof(GovCms.Data.JoinableTransactions), typeof(GovCms.Jobs.ScheduledJob), typeof(GovCms.Media.MediaFormat), typeof(GovCms.Media.MediaLibrary), typeof(GovCms.Media.MediaOptions), typeof(GovCms.Media.MediaSize), typeof(GovCms.Media.MediaText), typeof(GovCms.Media.MediaUploadAttribute), typeof(GovCms.Notifications.Notification), typeof(GovCms.Notifications.NotificationInbox),
        // GovCms.Modules
        typeof(GovCms.Modules.ModuleCatalog),
        // GovCms.Provisioning
        typeof(GovCms.Provisioning.ProvisioningCallers), typeof(GovCms.Provisioning.ProvisioningRequest), typeof(GovCms.Provisioning.ProvisioningResult), typeof(GovCms.Provisioning.TenantProvisioner),
        // GovCms.Recipes
        typeof(GovCms.Recipes.Recipe), typeof(GovCms.Recipes.RecipeEntry), typeof(GovCms.Recipes.RecipeExporter), typeof(GovCms.Recipes.RecipeLibrary), typeof(GovCms.Recipes.RecipeParameter),
        // GovCms.Rendering
        typeof(GovCms.Rendering.Crumb), typeof(GovCms.Rendering.FeedLink), typeof(GovCms.Rendering.RssFeed),
        // GovCms.Security
        typeof(GovCms.Security.AccountService), typeof(GovCms.Security.GovCmsClaims), typeof(GovCms.Security.GovCmsUser), typeof(GovCms.Security.PermissionEndpointExtensions), typeof(GovCms.Security.RequirePermissionAttribute), typeof(GovCms.Security.SecurityOptions), typeof(GovCms.Security.SignInOutcome), typeof(GovCms.Security.SignInService), typeof(GovCms.Security.UserAdminService), typeof(GovCms.Security.UserSummary),
        // GovCms.Tenants
        typeof(GovCms.Tenants.MenuAddresses), typeof(GovCms.Tenants.MenuEntryInput), typeof(GovCms.Tenants.MenuRules), typeof(GovCms.Tenants.SiteIdentity), typeof(GovCms.Tenants.SiteSettingsCatalog), typeof(GovCms.Tenants.SiteSettingsStore), typeof(GovCms.Tenants.Spokesperson), typeof(GovCms.Tenants.TenancyOptions), typeof(GovCms.Tenants.TenantCreateRequest), typeof(GovCms.Tenants.TenantLevel), typeof(GovCms.Tenants.TenantService), typeof(GovCms.Tenants.TenantUrls),
        // GovCms.Text
        typeof(GovCms.Text.MarkdownRenderer), typeof(GovCms.Text.TimeInput), typeof(GovCms.Text.VietnamTime), typeof(GovCms.Text.VietnameseText),
        // GovCms.Themes
        typeof(GovCms.Themes.ThemeCatalog),
    ];

    /// <summary>Engine internals modules still use; each should move behind a contract of GovCms.Abstractions.</summary>
    public static readonly IReadOnlyList<(Type Type, string Why)> Remaining =
    [
        (typeof(GovCms.Content.ContentItemRecord), "Contents and Workflows query content rows directly (lists, search, sitemap, tasks): declared indexes replace it."),
        (typeof(GovCms.Content.ContentVersionRecord), "Contents reads versions rows for its public pages: declared indexes replace it."),
        (typeof(GovCms.Content.ContentRecordMapper), "Contents maps rows to items itself: the index query API replaces it."),
        (typeof(GovCms.Security.TenantRole), "Users and Workflows read role rows: a role query on IPermissionService."),
        (typeof(GovCms.Security.RolePermission), "Users edits role permissions on the rows: UserAdminService does it."),
    ];
}
