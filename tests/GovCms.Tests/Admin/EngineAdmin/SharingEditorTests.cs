using System.Net;
using GovCms.Tests.Infrastructure;
using static GovCms.Tests.Admin.EngineAdmin.MemoSites;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Admin.EngineAdmin;

/// <summary>"Chia sẻ cho các đơn vị cấp dưới": in the editor and the API of a site with sites below it, not of a commune.</summary>
public abstract class SharingEditorTests(GovCmsSite site)
{
    [Fact]
    public async Task A_province_editor_marks_a_memo_shared_to_communes_through_the_form_and_the_api_reads_it()
    {
        using var admin = await SignedInAsync(site, Province, Administrator(Province));
        var newMemo = $"/{Province}/admin/content/new?type=Memo";
        var form = await admin.PageAsync(newMemo);
        Assert.Contains("Chia sẻ cho các đơn vị cấp dưới", form);

        var location = await admin.PostFormExpectingRedirectAsync(newMemo, newMemo,
        [
            ("DisplayText", "Công văn chỉ đạo của tỉnh"), ("Parts.memoPart.number", "9/cv"),
            ("Parts.sharingPart.sharedDownward", "false"), ("Parts.sharingPart.sharedDownward", "true"), ("Parts.sharingPart.levels", "commune"), ("intent", "save"),
        ]);
        var memo = await admin.GetJsonAsync($"/{Province}/api/admin/content/{location.Split('/')[^1]}");
        Assert.True(memo!["parts"]!["SharingPart"]!["sharedDownward"]!.GetValue<bool>());
        Assert.Equal("commune", memo["parts"]!["SharingPart"]!["levels"]![0]!.GetValue<string>());

        var editor = await admin.PageAsync(location);
        Assert.Matches("name=\"Parts.sharingPart.sharedDownward\" value=\"true\" checked=\"checked\"", editor);
    }

    [Fact]
    public async Task A_commune_has_no_sharing_in_its_editor_and_the_api_refuses_it_in_vietnamese()
    {
        using var admin = await SignedInAsync(site, Commune, Administrator(Commune));
        var form = await admin.PageAsync($"/{Commune}/admin/content/new?type=Memo");
        Assert.DoesNotContain("Chia sẻ cho các đơn vị cấp dưới", form);

        var refused = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/{Commune}/api/admin/content/Memo",
            new { displayText = "Công văn của xã", parts = new { memoPart = new { number = "3/cv" }, sharingPart = new { sharedDownward = true } } });
        Assert.Equal("Xã Thử là đơn vị cấp cuối, không có đơn vị cấp dưới để chia sẻ xuống.", refused!["errors"]!["parts.sharingPart.sharedDownward"]![0]!.GetValue<string>());

        var plain = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{Commune}/api/admin/content/Memo",
            new { displayText = "Công văn của xã", parts = new { memoPart = new { number = "3/cv" } } });
        Assert.False(plain!["parts"]!["SharingPart"]?["sharedDownward"]?.GetValue<bool>() ?? false);
        Assert.NotEmpty(Field(plain, "id"));
    }
}

public sealed class SharingEditorSqliteTests(MemosSqliteSite site) : SharingEditorTests(site), IClassFixture<MemosSqliteSite>;

public sealed class SharingEditorPostgreSqlTests(MemosPostgreSqlSite site) : SharingEditorTests(site), IClassFixture<MemosPostgreSqlSite>;
