using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovCms.Modules;
using GovCms.Recipes;
using GovCms.Security;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Admin;

/// <summary>
/// Finding 18: the Vietnamese admin shows no English or internal name — module ids, content type and part names,
/// permission names, role names, recipe step names, workflow activities and outcomes — and the API's problems have
/// Vietnamese titles.
/// </summary>
public abstract partial class AdminVocabularyTests(GovCmsSite site)
{
    private const string Commune = Demo.Commune;
    private const string District = Demo.District;

    [Fact]
    public async Task Admin_pages_show_no_internal_names()
    {
        await Editorial.EnableApprovalAsync(site, Commune);
        await Editorial.EnsureBoardAsync(site, Commune);
        using var author = await site.SignedInAsync(Commune, Demo.Author(Commune));
        var article = await author.CreateArticleAsync(Commune, "Bài gửi Ban biên tập xem xét");
        var id = SiteClient.Field(article, "id");
        await author.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{Commune}/api/admin/content/{id}/submit",
            new { concurrencyStamp = SiteClient.Field(article, "concurrencyStamp"), note = "Nhờ anh chị xem giúp." });

        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        using var reviewer = await site.SignedInAsync(Commune, Editorial.Reviewer(Commune));
        var task = (await reviewer.GetJsonAsync($"/{Commune}/api/admin/workflows/tasks"))!.AsArray().First()!;
        var user = (await admin.GetJsonAsync($"/{Commune}/api/admin/users"))!.AsArray().First()!;
        var names = await InternalNamesAsync(admin);

        var pages = new List<(SiteClient Client, string Url)>
        {
            (admin, $"/{Commune}/admin"),
            (admin, $"/{Commune}/admin/content?type=Article"),
            (admin, $"/{Commune}/admin/content?type=Page"),
            (admin, $"/{Commune}/admin/content/new?type=Article"),
            (admin, $"/{Commune}/admin/content/{id}"),
            (admin, $"/{Commune}/admin/content/{id}/history"),
            (admin, $"/{Commune}/admin/categories"),
            (admin, $"/{Commune}/admin/users"),
            (admin, $"/{Commune}/admin/users/new"),
            (admin, $"/{Commune}/admin/users/{user["id"]}"),
            (admin, $"/{Commune}/admin/roles"),
            (admin, $"/{Commune}/admin/settings"),
            (admin, $"/{Commune}/admin/menu"),
            (admin, $"/{Commune}/admin/features"),
            (admin, $"/{Commune}/admin/workflows"),
            (admin, $"/{Commune}/admin/workflows/duyet-bai"),
            (admin, $"/{Commune}/admin/audit"),
            (admin, $"/{Commune}/admin/account"),
            (reviewer, $"/{Commune}/admin/inbox"),
            (reviewer, $"/{Commune}/admin/tasks/{task["id"]}"),
        };
        using var districtAdmin = await site.SignedInAsync(District, Demo.Administrator(District));
        pages.Add((districtAdmin, $"/{District}/admin/tenants"));
        pages.Add((districtAdmin, $"/{District}/admin/tenants/new"));

        var found = new List<string>();
        foreach (var (client, url) in pages)
        {
            found.AddRange(InternalNamesIn(VisibleText(await client.PageAsync(url)), names).Select(n => $"{url}: {n}"));
        }

        using var preview = await districtAdmin.PostFormAsync($"/{District}/admin/tenants/new", $"/{District}/admin/tenants/new",
            [("Parent", ""), ("Recipe", "commune"), ("UnitName", "Xã Thử Từ Ngữ"), ("Code", "99001"), ("Slug", ""), ("HostName", "")]);
        var previewHtml = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        Assert.Contains("Xác nhận tạo", previewHtml);
        found.AddRange(InternalNamesIn(VisibleText(previewHtml), names).Select(n => $"tenants/new (preview): {n}"));

        Assert.True(found.Count == 0, "Internal names shown in the admin:\n" + string.Join("\n", found));
    }

    [Theory]
    [InlineData("GET", "/phuong-dong-son/api/khong-co")]
    [InlineData("DELETE", "/phuong-dong-son/api/content/Article")]
    [InlineData("GET", "/phuong-dong-son/api/admin/users")]
    public async Task Problems_of_the_api_have_vietnamese_titles(string method, string url)
    {
        using var response = await site.Client().SendJsonAsync(new HttpMethod(method), url);
        Assert.False(response.IsSuccessStatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var title = problem["title"]!.GetValue<string>();
        Assert.Matches(VietnameseLetter(), title);
        Assert.DoesNotMatch(EnglishStatusWords(), title);
    }

    /// <summary>What code calls things and people must never read.</summary>
    private async Task<IReadOnlySet<string>> InternalNamesAsync(SiteClient admin)
    {
        var modules = site.Services.GetRequiredService<ModuleCatalog>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        names.UnionWith(modules.Modules.Select(m => m.Manifest.Id));
        names.UnionWith(modules.ContentTypes.SelectMany(t => t.Parts.Append(t.Name)));
        names.UnionWith(modules.Modules.SelectMany(m => m.Permissions).Select(p => p.Name));
        names.UnionWith([BuiltInRoles.Administrator, BuiltInRoles.Approver, BuiltInRoles.Reviewer, BuiltInRoles.Author]);
        // "menu" is also a Vietnamese word of the admin ("Menu chính").
        names.UnionWith(site.Services.GetServices<IRecipeStep>().Select(s => s.Name).Where(n => n != "menu"));
        foreach (var activity in (await admin.GetJsonAsync($"/{Commune}/api/admin/workflows/activities"))!.AsArray())
        {
            names.Add(activity!["name"]!.GetValue<string>());
            names.UnionWith(activity["outcomes"]!.AsArray().Select(o => o!.GetValue<string>()));
        }

        return names;
    }

    private static IEnumerable<string> InternalNamesIn(string text, IReadOnlySet<string> names) =>
        names.Where(name => Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}_.-]){Regex.Escape(name)}(?![\p{{L}}\p{{N}}_-])"))
            .Select(name => $"\"{name}\" in \"…{Around(text, name)}…\"");

    private static string Around(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        var start = Math.Max(0, at - 40);
        return text[start..Math.Min(text.Length, at + name.Length + 40)];
    }

    /// <summary>
    /// The text a person reads: the page's text and the attributes shown or spoken (placeholders, titles, labels, alt
    /// texts); not what fields hold (the workflow's JSON editor holds JSON).
    /// </summary>
    private static string VisibleText(string html)
    {
        var body = ScriptsAndStyles().Replace(html, " ");
        var attributes = string.Join(" ", ShownAttributes().Matches(body).Select(m => m.Groups[2].Value));
        return WebUtility.HtmlDecode(Tags().Replace(body, " ") + " " + attributes);
    }

    [GeneratedRegex(@"<(script|style|head|textarea)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptsAndStyles();

    [GeneratedRegex(@"\b(placeholder|title|aria-label|alt)=""([^""]*)""")]
    private static partial Regex ShownAttributes();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseLetter();

    [GeneratedRegex(@"\b(Not Found|Bad Request|Unauthorized|Forbidden|Method Not Allowed|Internal Server Error|An error occurred)\b")]
    private static partial Regex EnglishStatusWords();
}

public sealed class AdminVocabularyOnSqlite(SqliteSite site) : AdminVocabularyTests(site), IClassFixture<SqliteSite>;
