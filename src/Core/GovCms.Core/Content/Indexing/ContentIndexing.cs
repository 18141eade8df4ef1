using GovCms.Content.Indexing;
using GovCms.Content.Parts;
using GovCms.Data;
using GovCms.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Content;

public static class ContentIndexing
{
    /// <summary>The engine side of declared indexes (modules declare theirs with <c>AddContentIndex</c>).</summary>
    public static IServiceCollection AddContentIndexing(this IServiceCollection services)
    {
        services.AddSingleton<ContentIndexTables>();
        services.AddSingleton<IModelContributor, ContentIndexModel>();
        services.AddScoped<IContentHandler, ContentIndexHandler>();
        services.AddScoped<ITenantRetirementHandler, ContentIndexRetirement>();
        services.AddScoped(typeof(IContentIndex<>), typeof(ContentIndex<>));
        // Any type may carry it; its editor shows only on sites that have sites below them.
        services.AddContentPart<SharingPart, SharingPartHandler>("Chia sẻ xuống cấp dưới", editorPartial: "Parts/_SharingPart");
        return services;
    }
}

/// <summary>A retired site's index rows become its successor's, like the content they index (moved before the handlers run).</summary>
internal sealed class ContentIndexRetirement(ContentIndexTables tables, ITenantScopes scopes) : ITenantRetirementHandler
{
    public async Task RetireAsync(TenantContext retired, TenantContext successor, Action<string> report, CancellationToken cancellationToken)
    {
        foreach (var table in tables.All)
        {
            foreach (var row in await table.RowsOfSiteAsync(scopes, retired.Id, cancellationToken))
            {
                row.TenantId = successor.Id;
            }
        }
    }
}
