using System.Net;
using GovCms.Tests.Infrastructure;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Engine;

public abstract class ConcurrencyTests(GovCmsSite site)
{
    [Fact]
    public async Task The_second_of_two_concurrent_saves_is_refused_with_a_clear_message_and_nothing_is_overwritten()
    {
        using var first = await site.SignedInAsync(Demo.Commune, Demo.Administrator(Demo.Commune));
        using var second = await site.SignedInAsync(Demo.Commune, Demo.Author(Demo.Commune));
        var item = await first.CreateArticleAsync(Demo.Commune, "Kế hoạch phòng chống lụt bão");
        var url = $"/{Demo.Commune}/api/admin/content/{Field(item, "id")}";
        var stamp = Field(item, "concurrencyStamp");

        var saves = await Task.WhenAll(
            first.SendJsonAsync(HttpMethod.Put, url, new { displayText = "Kế hoạch phòng chống lụt bão (bản của quản trị)", concurrencyStamp = stamp }),
            second.SendJsonAsync(HttpMethod.Put, url, new { displayText = "Kế hoạch phòng chống lụt bão (bản của cán bộ)", concurrencyStamp = stamp }));

        var statuses = saves.Select(s => s.StatusCode).Order().ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
        var winner = saves.Single(s => s.StatusCode == HttpStatusCode.OK);
        var loser = saves.Single(s => s.StatusCode == HttpStatusCode.Conflict);
        Assert.Contains("vừa được người khác lưu", await loser.Content.ReadAsStringAsync());

        var winnerTitle = Field(System.Text.Json.Nodes.JsonNode.Parse(await winner.Content.ReadAsStringAsync()), "displayText");
        var stored = await first.GetJsonAsync(url);
        Assert.Equal(winnerTitle, Field(stored, "displayText"));
        Assert.Equal(2, (await first.GetJsonAsync($"{url}/versions"))!.AsArray().Count);
    }

    [Fact]
    public async Task A_save_from_a_stale_copy_is_refused()
    {
        using var editor = await site.SignedInAsync(Demo.Commune, Demo.Administrator(Demo.Commune));
        var item = await editor.CreateArticleAsync(Demo.Commune, "Thông báo nghỉ lễ");
        var url = $"/{Demo.Commune}/api/admin/content/{Field(item, "id")}";
        await editor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, url, new { displayText = "Thông báo nghỉ lễ Quốc khánh", concurrencyStamp = Field(item, "concurrencyStamp") });
        await editor.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Put, url, new { displayText = "Bản cũ ghi đè", concurrencyStamp = Field(item, "concurrencyStamp") });
        await editor.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"{url}/publish", new { concurrencyStamp = Field(item, "concurrencyStamp") });
        Assert.Equal("Thông báo nghỉ lễ Quốc khánh", Field(await editor.GetJsonAsync(url), "displayText"));
    }
}

public sealed class ConcurrencyOnSqlite(SqliteSite site) : ConcurrencyTests(site), IClassFixture<SqliteSite>;

public sealed class ConcurrencyOnPostgreSql(PostgreSqlSite site) : ConcurrencyTests(site), IClassFixture<PostgreSqlSite>;
