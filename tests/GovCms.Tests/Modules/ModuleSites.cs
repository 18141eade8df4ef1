using GovCms.TenantAdmin;
using GovCms.Tests.Infrastructure;
using GovCms.Tests.Modules.Announcements;

namespace GovCms.Tests.Modules;

/// <summary>The engine with the site administration and the test module only: no news, users, workflows or audit pages.</summary>
public sealed class AnnouncementsSqliteSite() : ModuleSqliteSite(new TenantsModule(), new AnnouncementsModule());

public sealed class AnnouncementsPostgreSqlSite() : ModulePostgreSqlSite(new TenantsModule(), new AnnouncementsModule());

/// <summary>The whole host with the demo, plus the test module.</summary>
public sealed class WithAnnouncementsSqliteSite() : HostWithSqliteSite(new AnnouncementsModule());

public sealed class WithAnnouncementsPostgreSqlSite() : HostWithPostgreSqlSite(new AnnouncementsModule());
