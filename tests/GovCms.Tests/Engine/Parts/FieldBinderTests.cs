using System.Text.Json.Nodes;
using GovCms.Content;
using GovCms.Content.Parts;
using GovCms.Samples.Notices;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Engine.Parts;

/// <summary>What each field kind accepts and stores, without a host.</summary>
public sealed class FieldBinderTests
{
    private static readonly ContentPartDefinition Notice = new ServiceCollection().AddContentPart<NoticePart>("Thông báo")
        .BuildServiceProvider().GetRequiredService<ContentPartDefinition>();

    private static ContentFieldDefinition Field(string key) => Notice.Field(key)!;

    [Fact]
    public void Terms_and_links_keep_their_values()
    {
        var terms = FieldBinder.Bind(Field("fields"), JsonNode.Parse("""["tin-tuc-su-kien", "Văn hóa"]"""), out var error);
        Assert.Null(error);
        Assert.Equal("""["tin-tuc-su-kien","van-hoa"]""", terms!.ToJsonString());
        var links = FieldBinder.Bind(Field("replaces"), JsonNode.Parse("""[{"contentItemId": "abc"}, "def"]"""), out error);
        Assert.Null(error);
        Assert.Equal("""[{"contentItemId":"abc"},{"contentItemId":"def"}]""", links!.ToJsonString());
    }

    [Theory]
    [InlineData("budget", "\"1.500.000 đ\"", "1500000")]
    [InlineData("budget", "2000000", "2000000")]
    [InlineData("copies", "\"1,5\"", "1.5")]
    [InlineData("copies", "\"2.25\"", "2.25")]
    [InlineData("issuedOn", "\"05/03/2026\"", "\"2026-03-05\"")]
    [InlineData("effectiveUtc", "\"2026-03-05T08:30\"", "\"2026-03-05T01:30:00Z\"")]
    [InlineData("effectiveUtc", "\"2026-03-05T08:30:00+00:00\"", "\"2026-03-05T08:30:00Z\"")]
    [InlineData("urgent", "[\"false\", \"true\"]", "true")]
    [InlineData("urgent", "\"false\"", "false")]
    [InlineData("kind", "\"\"", "null")]
    public void Values_are_stored_in_one_form(string field, string input, string stored)
    {
        var value = FieldBinder.Bind(Field(field), JsonNode.Parse(input), out var error);
        Assert.Null(error);
        Assert.Equal(stored, value?.ToJsonString() ?? "null");
    }
}
