using System.Net;
using System.Security.Claims;
using GovCms.Content;
using GovCms.Contents;
using GovCms.Modules;
using GovCms.Security;
using GovCms.TenantAdmin;
using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using GovCms.Users;
using GovCms.Web;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Admin;

public sealed class AdminMenuServiceTests
{
    [Fact]
    public async Task The_menu_hides_the_entries_of_a_disabled_module_and_those_the_user_lacks_permission_for()
    {
        var tenant = new TenantContext
        {
            Id = 7, Name = "7", Slug = "xa-thu", DisplayName = "Xã Thử", Level = "commune",
            Features = new HashSet<string> { TenantsModule.Id, UsersModule.Id },
        };
        var granted = new HashSet<string> { ContentPermissions.Edit, UsersModule.ManageUsers };
        var menu = new AdminMenuService(new ModuleCatalog(HostModules.All()), new FixedTenant(tenant), new FixedPermissions(granted), []);

        var titles = (await menu.MenuAsync(new ClaimsPrincipal())).Select(i => i.Title).ToList();

        Assert.Equal(["Người dùng"], titles);
    }

    [Fact]
    public async Task Dashboard_widgets_follow_the_same_rules()
    {
        var tenant = new TenantContext
        {
            Id = 7, Name = "7", Slug = "xa-thu", DisplayName = "Xã Thử", Level = "commune",
            Features = new HashSet<string> { TenantsModule.Id, UsersModule.Id, ContentsModule.Id },
        };
        var menu = new AdminMenuService(new ModuleCatalog(HostModules.All()), new FixedTenant(tenant), new FixedPermissions([ContentPermissions.Edit]), []);

        var widgets = await menu.DashboardAsync(new ClaimsPrincipal());

        Assert.Equal(["ContentSummary"], widgets.Select(w => w.ViewComponent));
    }

    private sealed class FixedTenant(TenantContext tenant) : ICurrentTenant
    {
        public TenantContext? Tenant => tenant;

        public void Set(TenantContext value) => throw new NotSupportedException();
    }

    private sealed class FixedPermissions(HashSet<string> granted) : IPermissionService
    {
        public Task<bool> HasPermissionAsync(ClaimsPrincipal user, string permission, CancellationToken cancellationToken = default) =>
            Task.FromResult(granted.Contains(permission));

        public Task<IReadOnlySet<string>> GetPermissionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlySet<string>>(granted);

        public Task<IReadOnlySet<string>> GetRolesAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlySet<string>>(new HashSet<string>());
    }
}

public sealed class AdminPagesAccessTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string Commune = Demo.Commune;

    [Fact]
    public async Task An_author_sees_only_the_content_menu_and_gets_403_on_the_users_page()
    {
        using var author = await site.SignedInAsync(Commune, Demo.Author(Commune));
        var dashboard = await author.PageAsync($"/{Commune}/admin");
        Assert.Equal(["Tổng quan", "Hộp việc", "Tin tức", "Trang", "Văn bản", "Nhập văn bản từ tệp", "Thư viện tệp"], AdminPages.MenuLinks(dashboard));

        foreach (var page in new[] { "users", "roles", "settings", "features", "tenants", "categories" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync($"/{Commune}/admin/{page}")).StatusCode);
        }
    }

    [Fact]
    public async Task The_features_page_switches_a_module_off_and_on_and_its_menu_and_pages_follow()
    {
        const string tenant = Demo.SiblingCommune;
        var features = $"/{tenant}/admin/features";
        using var admin = await site.SignedInAsync(tenant, Demo.Administrator(tenant));
        var page = await admin.PageAsync(features);
        Assert.Matches("role=\"switch\" aria-checked=\"true\"\\s+aria-labelledby=\"feature-Contents\"\\s*>", page);
        Assert.Matches("aria-labelledby=\"feature-Users\" aria-describedby=\"feature-Users-reason\" disabled=\"disabled\"", page);
        Assert.Contains("Tính năng lõi, luôn bật.", page);

        await admin.PostFormExpectingRedirectAsync(features, $"{features}/{ContentsModule.Id}", [("enabled", "false")]);
        Assert.Contains("Đã tắt tính năng Tin tức và trang.", await admin.PageAsync(features));
        Assert.False(site.Tenant(tenant).HasFeature(ContentsModule.Id));
        Assert.DoesNotContain("Tin tức", AdminPages.MenuLinks(await admin.PageAsync($"/{tenant}/admin")));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/{tenant}/admin/content?type=Article")).StatusCode);

        await admin.PostFormExpectingRedirectAsync(features, $"{features}/{ContentsModule.Id}", [("enabled", "true")]);
        Assert.Contains("Tin tức", AdminPages.MenuLinks(await admin.PageAsync($"/{tenant}/admin")));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/{tenant}/admin/content?type=Article")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_creates_a_user_with_a_role_who_can_then_sign_in_and_can_be_disabled()
    {
        var users = $"/{Commune}/admin/users";
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        using (var invalid = await admin.PostFormAsync($"{users}/new", $"{users}/new",
                   [("DisplayName", "Lê Thị Hoa"), ("UserName", "bientap.dongson"), ("Password", "ngan"), ("Roles", BuiltInRoles.Reviewer)]))
        {
            var page = await invalid.Content.ReadAsStringAsync();
            Assert.Contains("Mật khẩu phải có ít nhất 8 ký tự.", AdminPages.FieldError(page, "Password"));
            Assert.Equal("Lê Thị Hoa", AdminPages.InputValue(page, "DisplayName"));
        }

        await admin.PostFormExpectingRedirectAsync($"{users}/new", $"{users}/new",
            [("DisplayName", "Lê Thị Hoa"), ("UserName", "bientap.dongson"), ("Password", "BienTap@2026"), ("Roles", BuiltInRoles.Reviewer)]);
        var list = await admin.PageAsync(users);
        Assert.Contains("<strong>Lê Thị Hoa</strong><br><span class=\"muted\">bientap.dongson</span>", list);
        Assert.Contains("Biên tập viên", list);

        using (var reviewer = site.Client())
        {
            await reviewer.LoginAsync(Commune, "bientap.dongson", "BienTap@2026");
        }

        var userId = await site.InTenantAsync(site.Tenant(Commune), async services =>
            (await services.GetRequiredService<UserAdminService>().ListAsync()).Single(u => u.UserName == "bientap.dongson").Id);
        await admin.PostFormExpectingRedirectAsync(users, $"{users}/{userId}/disable", []);
        Assert.Contains("Đã vô hiệu hóa", await admin.PageAsync(users));
        using var stranger = site.Client();
        using var refused = await stranger.TryLoginAsync(Commune, "bientap.dongson", "BienTap@2026");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task A_role_gets_the_permissions_ticked_on_the_roles_page()
    {
        const string tenant = "huyen-tho-xuan";
        var roles = $"/{tenant}/admin/roles";
        using var admin = await site.SignedInAsync(tenant, Demo.Administrator(tenant));
        await admin.PostFormExpectingRedirectAsync(roles, $"{roles}/{BuiltInRoles.Author}",
            [("permissions", ContentPermissions.Edit), ("permissions", ContentsModule.ManageCategories)]);

        var page = await admin.PageAsync(roles);
        Assert.Contains("Đã lưu quyền của vai trò.", page);
        using var author = await site.SignedInAsync(tenant, Demo.Author(tenant));
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync($"/{tenant}/admin/categories")).StatusCode);
    }

    [Fact]
    public async Task Settings_are_stored_under_the_shared_keys_and_a_bad_email_is_named_next_to_its_field()
    {
        const string tenant = Demo.District;
        var settings = $"/{tenant}/admin/settings";
        using var admin = await site.SignedInAsync(tenant, Demo.Administrator(tenant));
        (string, string)[] fields =
        [
            ("DisplayName", "Thị xã Bỉm Sơn"), ("Contact[Address]", "Số 1 đường Trần Phú"), ("Contact[Phone]", "0237 3 824 000"),
            ("Contact[Email]", "ubnd@bimson.gov.vn"), ("Contact[ResponsiblePerson]", "Nguyễn Văn An – Chủ tịch UBND"),
            ("Contact[Licence]", "Quyết định số 12/QĐ-UBND ngày 05/3/2026"), ("SpokespersonName", "Trần Thị Bình"), ("SpokespersonTitle", "Chánh Văn phòng"),
            ("SpokespersonPhone", "0912 345 678"), ("SpokespersonEmail", "khong-phai-email"),
        ];
        using (var invalid = await admin.PostFormAsync(settings, settings, fields))
        {
            var page = await invalid.Content.ReadAsStringAsync();
            Assert.Equal("Địa chỉ email \"khong-phai-email\" không hợp lệ.", AdminPages.FieldError(page, "SpokespersonEmail"));
            Assert.Equal("Trần Thị Bình", AdminPages.InputValue(page, "SpokespersonName"));
            Assert.Equal("Số 1 đường Trần Phú", AdminPages.InputValue(page, "Contact_Address"));
        }

        fields[^1] = ("SpokespersonEmail", "binh.tt@bimson.gov.vn");
        await admin.PostFormExpectingRedirectAsync(settings, settings, fields);
        var saved = site.Tenant(tenant).Settings;
        Assert.Equal("Trần Thị Bình", saved[SiteSettings.SpokespersonName]);
        Assert.Equal("Chánh Văn phòng", saved[SiteSettings.SpokespersonTitle]);
        Assert.Equal("Nguyễn Văn An – Chủ tịch UBND", saved[SiteSettings.ResponsiblePerson]);
        Assert.Equal("binh.tt@bimson.gov.vn", saved[SiteSettings.SpokespersonEmail]);
        Assert.Equal("Quyết định số 12/QĐ-UBND ngày 05/3/2026", saved[SiteSettings.Licence]);
        Assert.Equal("ubnd@bimson.gov.vn", saved[SiteSettings.Email]);
    }

    [Fact]
    public async Task A_province_administrator_sees_the_sites_below_on_the_dashboard_and_the_child_sites_page()
    {
        using var admin = await site.SignedInAsync(Demo.Province, Demo.Administrator(Demo.Province));
        var dashboard = await admin.PageAsync("/admin");
        Assert.Contains("<a href=\"/thi-xa-bim-son/\">Thị xã Bỉm Sơn</a>", dashboard);
        Assert.Contains("<a href=\"/huyen-tho-xuan/\">Huyện Thọ Xuân</a>", dashboard);

        var district = site.Tenant(Demo.District);
        var below = await admin.PageAsync($"/admin/tenants?parent={district.Id}");
        Assert.Contains("Phường Đông Sơn", below);
        Assert.Contains("Phường Lam Sơn", below);
        Assert.Contains("href=\"/phuong-dong-son/admin\"", below);

        using var commune = await site.SignedInAsync(Demo.Commune, Demo.Administrator(Demo.Commune));
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/{Demo.Commune}/admin/tenants?parent={district.Id}")).StatusCode);
    }
}
