using System.Net;
using System.Text.Json.Nodes;
using GovCms.Tests.Admin;
using GovCms.Tests.Infrastructure;

namespace GovCms.Tests.Workflows;

/// <summary>The admin edits a definition as an ordered list of steps with their roles, or as JSON.</summary>
public sealed class WorkflowAdminTests(WorkflowSqliteSite site) : IClassFixture<WorkflowSqliteSite>
{
    private const string Slug = Demo.SiblingCommune;
    private static readonly string Page = $"/{Slug}/admin/workflows";

    [Fact]
    public async Task An_administrator_adds_an_approval_then_adds_renames_and_removes_steps_and_roles()
    {
        using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));
        Assert.Contains("Cổng này chưa có quy trình nào", await admin.PageAsync(Page));

        var location = await admin.PostFormExpectingRedirectAsync(Page, Page, [("DisplayName", "Duyệt tin tức"), ("ContentTypes", "Article"), ("Steps", "1")]);
        Assert.Equal($"{Page}/duyet-tin-tuc", location);
        var editor = await admin.PageAsync(location);
        Assert.Contains("Trưởng ban biên tập duyệt", editor);
        Assert.Contains("Thêm bước duyệt", editor);
        Assert.Equal(["truong-ban"], await ApprovalStepsAsync(admin));

        await admin.PostFormExpectingRedirectAsync(location, location, [.. await FieldsAsync(admin), ("intent", "add-step")]);
        Assert.Equal(["buoc-duyet-2", "truong-ban"], await ApprovalStepsAsync(admin));

        var fields = (await FieldsAsync(admin)).Where(f => !(f.Name == "Steps[1].Roles" || f.Name == "Steps[1].Title")).ToList();
        fields.AddRange([("Steps[1].Title", "Phó ban kiểm tra"), ("Steps[1].Roles", "Reviewer"), ("Steps[1].Roles", "Approver"), ("intent", "save")]);
        await admin.PostFormExpectingRedirectAsync(location, location, fields);
        var step = (await DefinitionAsync(admin))["steps"]![1]!;
        Assert.Equal("Phó ban kiểm tra", step["title"]!.GetValue<string>());
        Assert.Equal(["Reviewer", "Approver"], step["roles"]!.AsArray().Select(r => r!.GetValue<string>()));

        await admin.PostFormExpectingRedirectAsync(location, $"{location}?step=buoc-duyet-2", [.. await FieldsAsync(admin), ("intent", "remove-step")]);
        Assert.Equal(["truong-ban"], await ApprovalStepsAsync(admin));
    }

    [Fact]
    public async Task A_step_left_without_roles_or_broken_json_is_shown_and_nothing_is_saved()
    {
        using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));
        await admin.PostFormExpectingRedirectAsync(Page, Page, [("DisplayName", "Duyệt trang"), ("ContentTypes", "Page"), ("Steps", "2")]);
        var location = $"{Page}/duyet-trang";

        var fields = (await FieldsAsync(admin, "duyet-trang")).Where(f => f.Name != "Steps[1].Roles").Append(("intent", "save"));
        using (var response = await admin.PostFormAsync(location, location, fields))
        {
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Bước 2 (\"Biên tập viên xem xét\"): cần chọn vai trò được hỏi ý kiến.", html);
        }

        using (var response = await admin.PostFormAsync(location, location, [("Json", "{ \"steps\": [ "), ("intent", "json")]))
        {
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains("Nội dung JSON không hợp lệ", html);
        }

        Assert.Equal(["Reviewer"], (await DefinitionAsync(admin, "duyet-trang"))["steps"]![1]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        await admin.PostFormExpectingRedirectAsync(location, $"{location}/delete", []);
        using var author = await site.SignedInAsync(Slug, Demo.Author(Slug));
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync(Page)).StatusCode);
    }

    private static async Task<JsonNode> DefinitionAsync(SiteClient admin, string name = "duyet-tin-tuc") =>
        (await admin.GetJsonAsync($"/{Slug}/api/admin/workflows/definitions/{name}"))!;

    private static async Task<IReadOnlyList<string>> ApprovalStepsAsync(SiteClient admin) =>
        (await DefinitionAsync(admin))["steps"]!.AsArray().Where(s => s!["activity"]!.GetValue<string>() == "AskForApproval")
            .Select(s => s!["id"]!.GetValue<string>()).ToList();

    /// <summary>The fields the edit form posts for the definition as it is stored.</summary>
    private static async Task<List<(string Name, string Value)>> FieldsAsync(SiteClient admin, string name = "duyet-tin-tuc")
    {
        var definition = await DefinitionAsync(admin, name);
        var fields = new List<(string, string)> { ("DisplayName", definition["displayName"]!.GetValue<string>()), ("Enabled", "true") };
        fields.AddRange(definition["contentTypes"]!.AsArray().Select(t => ("ContentTypes", t!.GetValue<string>())));
        var steps = definition["steps"]!.AsArray();
        for (var i = 0; i < steps.Count; i++)
        {
            fields.Add(($"Steps[{i}].Id", steps[i]!["id"]!.GetValue<string>()));
            fields.Add(($"Steps[{i}].Title", steps[i]!["title"]?.GetValue<string>() ?? ""));
            fields.AddRange((steps[i]!["roles"]?.AsArray() ?? []).Select(r => ($"Steps[{i}].Roles", r!.GetValue<string>())));
        }

        return fields;
    }
}
