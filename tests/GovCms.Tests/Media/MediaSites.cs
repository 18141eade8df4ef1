using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace GovCms.Tests.Media;

/// <summary>Limits small enough to test: documents 1 MB, audio 32 KB, video 8 MB (images keep their 5 MB).</summary>
internal static class MediaLimits
{
    public const int DocumentBytes = 1024 * 1024;
    public const int AudioBytes = 32 * 1024;
    public const int VideoBytes = 8 * 1024 * 1024;

    public static void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("GovCms:Media:MaxDocumentBytes", DocumentBytes.ToString());
        builder.UseSetting("GovCms:Media:MaxAudioBytes", AudioBytes.ToString());
        builder.UseSetting("GovCms:Media:MaxVideoBytes", VideoBytes.ToString());
    }
}

public class MediaSqliteSite : SqliteSite
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        MediaLimits.Configure(builder);
    }
}

public class MediaPostgreSqlSite : PostgreSqlSite
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        MediaLimits.Configure(builder);
    }
}
