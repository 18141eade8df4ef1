using GovCms.Content.Parts;
using GovCms.Data;
using GovCms.Tenants;
using GovCms.Text;
using Microsoft.EntityFrameworkCore;
using static GovCms.Content.ContentRecordMapper;

namespace GovCms.Content;

/// <summary>
/// Versioned content of the current tenant. Every operation is one SaveChanges (one transaction),
/// including what content handlers write to their index tables; the item's concurrency stamp makes
/// the second of two concurrent saves fail instead of overwriting the first.
/// </summary>
internal sealed class ContentManager(
    GovCmsDbContext db,
    ContentTypeCatalog types,
    ContentPreparer preparer,
    ICurrentTenant currentTenant,
    IEnumerable<IContentHandler> allHandlers,
    ContentAuthor author,
    ContentAddresses addresses,
    TableStatistics statistics,
    TimeProvider clock) : IContentManager
{
    public const string ConflictMessage =
        "Nội dung này vừa được người khác lưu trong lúc bạn sửa. Thay đổi của bạn chưa được lưu: hãy tải lại để xem phiên bản mới rồi sửa tiếp.";

    public IReadOnlyList<ContentTypeDefinition> Types => types.All;

    public ContentTypeDefinition? GetType(string contentType) => types.Find(contentType);

    /// <summary>The engine's handlers, and those of the modules that are on for the current site.</summary>
    private IReadOnlyList<IContentHandler> Handlers => _handlers ??= allHandlers
        .Where(h => types.ModuleOfImplementation(h.GetType()) is not { } module || currentTenant.Tenant?.HasFeature(module) != false)
        .ToList();

    private IReadOnlyList<IContentHandler>? _handlers;

    /// <summary>The search text of the item just prepared, for <see cref="Stamp"/>.</summary>
    private string? _searchText;

    public ContentItem New(string contentType)
    {
        var type = GetType(contentType) ?? throw new ArgumentException($"Unknown content type '{contentType}'.", nameof(contentType));
        return new ContentItem { ContentItemId = Guid.CreateVersion7().ToString("N"), ContentType = type.Name };
    }

    public Task<Outcome<ContentItem>> CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default) =>
        AtomicAsync(async () => await AddNewAsync(item, publish, cancellationToken) ?? await SaveAsync(item, cancellationToken));

    public async Task<Outcome<IReadOnlyList<ContentItem>>> CreateManyAsync(IReadOnlyList<ContentItem> items, bool publish, CancellationToken cancellationToken = default)
    {
        if (items.Count == 0)
        {
            return Outcome<IReadOnlyList<ContentItem>>.Ok(items);
        }

        ContentItem? failed = null;
        _batchSlugs = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var outcome = await AtomicAsync(async () =>
            {
                foreach (var item in items)
                {
                    if (await AddNewAsync(item, publish, cancellationToken) is { } refused)
                    {
                        failed = item;
                        db.ChangeTracker.Clear();
                        addresses.Forget();
                        return refused;
                    }

                    _batchSlugs.Add(item.Slug);
                }

                statistics.Adding();
                var saved = await SaveAsync(items[^1], cancellationToken);
                if (saved.Succeeded)
                {
                    await statistics.AddedAsync(items.Count, cancellationToken);
                }

                return saved;
            });
            return outcome.Succeeded
                ? Outcome<IReadOnlyList<ContentItem>>.Ok(items)
                : new Outcome<IReadOnlyList<ContentItem>>(failed is null ? [] : [failed], outcome.Failure, outcome.Errors);
        }
        finally
        {
            _batchSlugs = null;
        }
    }

    /// <summary>Checks the new item and adds what stores it to the unit of work; a failure (nothing added) or null.</summary>
    private async Task<Outcome<ContentItem>?> AddNewAsync(ContentItem item, bool publish, CancellationToken cancellationToken)
    {
        if (GetType(item.ContentType) is not { } type)
        {
            return Outcome<ContentItem>.Fail(OutcomeFailure.Invalid, "contentType", $"Loại nội dung '{item.ContentType}' không tồn tại.");
        }

        if (!types.IsEnabled(type, currentTenant.Tenant))
        {
            return Outcome<ContentItem>.Fail(OutcomeFailure.NotFound, "contentType", TypeOffMessage(type));
        }

        var errors = await PrepareAsync(item, type, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome<ContentItem>.Invalid(errors);
        }

        var now = Now;
        item.Version = 1;
        item.Latest = true;
        item.CreatedUtc = item.ModifiedUtc = now;
        item.Owner ??= author.UserName;
        item.Author = author.UserName;
        item.ConcurrencyStamp = NewStamp();
        var header = new ContentItemRecord
        {
            Id = item.ContentItemId,
            ContentType = type.Name,
            CreatedUtc = now,
            Owner = item.Owner,
            // An item brought from elsewhere (a recipe, an export) keeps the date it was first published there.
            PublishedUtc = publish ? item.PublishedUtc : null,
        };
        Stamp(header, item);
        db.Add(header);
        var version = AddVersion(item, type);

        var context = new ContentContext(item, type);
        foreach (var handler in Handlers)
        {
            await handler.CreatingAsync(context);
        }

        if (publish && await PublishVersionAsync(header, version, item, type, previous: null) is { } refused)
        {
            db.ChangeTracker.Clear();
            return refused;
        }

        return null;
    }

    public Task<Outcome<ContentItem>> UpdateAsync(ContentItem item, CancellationToken cancellationToken = default) =>
        UpdateAsync(item, changeSlug: false, cancellationToken);

    public Task<Outcome<ContentItem>> UpdateAsync(ContentItem item, bool changeSlug, CancellationToken cancellationToken = default) =>
        AtomicAsync(() => UpdateCoreAsync(item, restoredFrom: null, changeSlug, cancellationToken));

    private async Task<Outcome<ContentItem>> UpdateCoreAsync(ContentItem item, int? restoredFrom, bool changeSlug, CancellationToken cancellationToken)
    {
        var (header, failure) = await LoadForChangeAsync(item.ContentItemId, item.ConcurrencyStamp, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var type = GetType(header!.ContentType)!;
        if (!types.IsEnabled(type, currentTenant.Tenant))
        {
            return Outcome<ContentItem>.Fail(OutcomeFailure.NotFound, "contentType", TypeOffMessage(type));
        }

        item.ContentType = header.ContentType;
        if (KeepSlug(header, type, item, restoredFrom is not null, changeSlug) is { } refused)
        {
            return refused;
        }

        var errors = await PrepareAsync(item, type, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome<ContentItem>.Invalid(errors);
        }

        var latest = await db.Set<ContentVersionRecord>().SingleAsync(v => v.ContentItemId == header.Id && v.Latest, cancellationToken);
        if (IsSame(latest, item))
        {
            // Nothing changed: no empty version, no new stamp; the caller tells the user.
            db.ChangeTracker.Clear();
            var same = ToItem(latest, header);
            same.Unchanged = true;
            return Outcome<ContentItem>.Ok(same);
        }

        NewLatestVersion(header, latest, item, type);
        var context = new ContentContext(item, type) { RestoredFromVersion = restoredFrom };
        foreach (var handler in Handlers)
        {
            await handler.UpdatingAsync(context);
        }

        if (!type.Settings.Versioned)
        {
            // Only the new draft and the published version are kept.
            db.RemoveRange(await db.Set<ContentVersionRecord>()
                .Where(v => v.ContentItemId == header.Id && !v.Published && v.Number < item.Version).ToListAsync(cancellationToken));
        }

        return await SaveAsync(item, cancellationToken);
    }

    public Task<Outcome<ContentItem>> PublishAsync(string contentItemId, string concurrencyStamp, CancellationToken cancellationToken = default) =>
        AtomicAsync(() => PublishCoreAsync(contentItemId, concurrencyStamp, cancellationToken));

    private async Task<Outcome<ContentItem>> PublishCoreAsync(string contentItemId, string concurrencyStamp, CancellationToken cancellationToken)
    {
        var (header, failure) = await LoadForChangeAsync(contentItemId, concurrencyStamp, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var versions = await db.Set<ContentVersionRecord>()
            .Where(v => v.ContentItemId == contentItemId && (v.Latest || v.Published))
            .ToListAsync(cancellationToken);
        var latest = versions.Single(v => v.Latest);
        var item = ToItem(latest, header!);
        if (latest.Published)
        {
            return Outcome<ContentItem>.Ok(item);
        }

        var previous = versions.SingleOrDefault(v => v.Published);
        if (await PublishVersionAsync(header!, latest, item, GetType(header!.ContentType)!, previous) is { } refused)
        {
            db.ChangeTracker.Clear();
            return refused;
        }

        header!.ConcurrencyStamp = item.ConcurrencyStamp = NewStamp();
        header.ModifiedUtc = Now;
        return await SaveAsync(item, cancellationToken);
    }

    public Task<Outcome<ContentItem>> UnpublishAsync(string contentItemId, string concurrencyStamp, CancellationToken cancellationToken = default) =>
        AtomicAsync(() => UnpublishCoreAsync(contentItemId, concurrencyStamp, cancellationToken));

    private async Task<Outcome<ContentItem>> UnpublishCoreAsync(string contentItemId, string concurrencyStamp, CancellationToken cancellationToken)
    {
        var (header, failure) = await LoadForChangeAsync(contentItemId, concurrencyStamp, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var published = await db.Set<ContentVersionRecord>().SingleOrDefaultAsync(v => v.ContentItemId == contentItemId && v.Published, cancellationToken);
        var latest = await db.Set<ContentVersionRecord>().SingleAsync(v => v.ContentItemId == contentItemId && v.Latest, cancellationToken);
        var item = ToItem(latest, header!);
        if (published is null)
        {
            return Outcome<ContentItem>.Ok(item);
        }

        var type = GetType(header!.ContentType)!;
        var context = new ContentContext(ToItem(published, header), type);
        foreach (var handler in Handlers)
        {
            await handler.UnpublishingAsync(context);
        }

        if (ContentAddresses.PathOf(type, published.Slug) is { } path)
        {
            await addresses.GoneAsync(path, deleted: false, cancellationToken);
        }

        published.Published = false;
        header!.PublishedVersion = null;
        header.ModifiedUtc = Now;
        header.ConcurrencyStamp = item.ConcurrencyStamp = NewStamp();
        item.Published = false;
        item.PublishedVersion = null;
        return await SaveAsync(item, cancellationToken);
    }

    public Task<Outcome<ContentItem>> RemoveAsync(string contentItemId, string concurrencyStamp, CancellationToken cancellationToken = default) =>
        AtomicAsync(() => RemoveCoreAsync(contentItemId, concurrencyStamp, cancellationToken));

    private async Task<Outcome<ContentItem>> RemoveCoreAsync(string contentItemId, string concurrencyStamp, CancellationToken cancellationToken)
    {
        var (header, failure) = await LoadForChangeAsync(contentItemId, concurrencyStamp, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var latest = await db.Set<ContentVersionRecord>().SingleAsync(v => v.ContentItemId == contentItemId && v.Latest, cancellationToken);
        var item = ToItem(latest, header!);
        var context = new ContentContext(item, GetType(header!.ContentType)!);
        foreach (var handler in Handlers)
        {
            if (header.PublishedVersion is not null)
            {
                await handler.UnpublishingAsync(context);
            }

            await handler.RemovingAsync(context);
        }

        foreach (var published in await db.Set<ContentVersionRecord>().Where(v => v.ContentItemId == contentItemId && v.Published).ToListAsync(cancellationToken))
        {
            published.Published = false;
            if (ContentAddresses.PathOf(context.Type, published.Slug) is { } path)
            {
                await addresses.GoneAsync(path, deleted: true, cancellationToken);
            }
        }

        header.Deleted = true;
        header.DeletedUtc = header.ModifiedUtc = Now;
        header.PublishedVersion = null;
        header.ConcurrencyStamp = item.ConcurrencyStamp = NewStamp();
        return await SaveAsync(item, cancellationToken);
    }

    public Task<Outcome<ContentItem>> RestoreAsync(string contentItemId, int version, string concurrencyStamp, CancellationToken cancellationToken = default) =>
        AtomicAsync(() => RestoreCoreAsync(contentItemId, version, concurrencyStamp, cancellationToken));

    private async Task<Outcome<ContentItem>> RestoreCoreAsync(string contentItemId, int version, string concurrencyStamp, CancellationToken cancellationToken)
    {
        var (header, failure) = await LoadForChangeAsync(contentItemId, concurrencyStamp, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var source = await db.Set<ContentVersionRecord>().AsNoTracking().SingleOrDefaultAsync(v => v.ContentItemId == contentItemId && v.Number == version, cancellationToken);
        if (source is null)
        {
            return Outcome<ContentItem>.Fail(OutcomeFailure.NotFound, "version", $"Không có phiên bản {version}.");
        }

        var item = ToItem(source, header!);
        item.ConcurrencyStamp = concurrencyStamp;
        return await UpdateCoreAsync(item, restoredFrom: version, changeSlug: false, cancellationToken);
    }

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Latest, CancellationToken cancellationToken = default)
    {
        var row = await db.Set<ContentItemRecord>().AsNoTracking()
            .Where(i => i.Id == contentItemId)
            .Join(db.Set<ContentVersionRecord>().Where(v => options == VersionOptions.Latest ? v.Latest : v.Published),
                i => i.Id, v => v.ContentItemId, (i, v) => new { i, v })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : ToItem(row.v, row.i);
    }

    public async Task<ContentItem?> GetVersionAsync(string contentItemId, int version, CancellationToken cancellationToken = default)
    {
        var row = await db.Set<ContentItemRecord>().AsNoTracking()
            .Where(i => i.Id == contentItemId)
            .Join(db.Set<ContentVersionRecord>().Where(v => v.Number == version), i => i.Id, v => v.ContentItemId, (i, v) => new { i, v })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : ToItem(row.v, row.i);
    }

    public async Task<ContentItem?> GetPublishedBySlugAsync(string contentType, string slug, CancellationToken cancellationToken = default)
    {
        var version = await db.Set<ContentVersionRecord>().AsNoTracking()
            .Where(v => v.Slug == slug && v.Published && !v.Withheld && v.ContentType == contentType)
            .FirstOrDefaultAsync(cancellationToken);
        return version is null ? null : ToItem(version);
    }

    public async Task<IReadOnlyList<ContentVersionInfo>> GetHistoryAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        if (!await db.Set<ContentItemRecord>().AnyAsync(i => i.Id == contentItemId, cancellationToken))
        {
            return [];
        }

        return await db.Set<ContentVersionRecord>().AsNoTracking()
            .Where(v => v.ContentItemId == contentItemId)
            .OrderByDescending(v => v.Number)
            .Select(v => new ContentVersionInfo(v.Number, v.Latest, v.Published, v.DisplayText, v.CreatedUtc, v.Author))
            .ToListAsync(cancellationToken);
    }

    public async Task<ContentPage> ListAsync(ContentQuery query, CancellationToken cancellationToken = default)
    {
        var items = db.Set<ContentItemRecord>().AsNoTracking();
        if (!string.IsNullOrEmpty(query.ContentType))
        {
            items = items.Where(i => i.ContentType == query.ContentType);
        }

        if (query.Types is { } typeNames)
        {
            items = items.Where(i => typeNames.Contains(i.ContentType));
        }

        if (query.Ids is { } ids)
        {
            items = items.Where(i => ids.Contains(i.Id));
        }

        items = query.Status switch
        {
            ContentStatus.Draft => items.Where(i => i.PublishedVersion == null || i.PublishedVersion != i.LatestVersion),
            ContentStatus.Published => items.Where(i => i.PublishedVersion != null),
            _ => items,
        };
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = VietnameseText.Fold(query.Search.Trim()).ToLowerInvariant();
            items = items.Where(i => i.SearchText.Contains(search));
        }

        var (page, size) = PageOf(query);
        var total = await items.CountAsync(cancellationToken);
        var rows = await items.OrderByDescending(i => i.ModifiedUtc).Page(page, size)
            .Join(db.Set<ContentVersionRecord>().Where(v => v.Latest), i => i.Id, v => v.ContentItemId, (i, v) => new { i, v })
            .ToListAsync(cancellationToken);
        return new ContentPage(rows.Select(r => ToItem(r.v, r.i)).ToList(), total, page, size);
    }

    public async Task<ContentPage> ListPublishedAsync(ContentQuery query, CancellationToken cancellationToken = default)
    {
        var versions = PublishedNewestFirst(query.ContentType);
        var (page, size) = PageOf(query);
        var total = await versions.CountAsync(cancellationToken);
        var rows = await versions.Page(page, size).ToListAsync(cancellationToken);
        return new ContentPage(rows.Select(v => ToItem(v)).ToList(), total, page, size);
    }

    public async Task<IReadOnlyList<ContentItem>> LatestPublishedAsync(string contentType, int count, CancellationToken cancellationToken = default)
    {
        var rows = await PublishedNewestFirst(contentType).Take(Math.Clamp(count, 1, 100)).ToListAsync(cancellationToken);
        return rows.Select(v => ToItem(v)).ToList();
    }

    private IOrderedQueryable<ContentVersionRecord> PublishedNewestFirst(string? contentType)
    {
        var versions = db.Set<ContentVersionRecord>().AsNoTracking().Where(v => v.Published && !v.Withheld);
        if (!string.IsNullOrEmpty(contentType))
        {
            versions = versions.Where(v => v.ContentType == contentType);
        }

        return versions.OrderByDescending(v => v.SortDateUtc).ThenByDescending(v => v.Id);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    private static (int Page, int Size) PageOf(ContentQuery query) => Paging.Clamp(query.Page, query.PageSize);

    private async Task<(ContentItemRecord? Header, Outcome<ContentItem>? Failure)> LoadForChangeAsync(string contentItemId, string concurrencyStamp, CancellationToken cancellationToken)
    {
        var header = await db.Set<ContentItemRecord>().SingleOrDefaultAsync(i => i.Id == contentItemId, cancellationToken);
        if (header is null)
        {
            return (null, Outcome<ContentItem>.Fail(OutcomeFailure.NotFound, "contentItemId", "Không tìm thấy nội dung."));
        }

        if (header.ConcurrencyStamp != concurrencyStamp)
        {
            return (null, Outcome<ContentItem>.Fail(OutcomeFailure.Conflict, "concurrencyStamp", ConflictMessage));
        }

        return (header, null);
    }

    private void NewLatestVersion(ContentItemRecord header, ContentVersionRecord previous, ContentItem item, ContentTypeDefinition type)
    {
        previous.Latest = false;
        item.Version = header.LatestVersion + 1;
        item.Latest = true;
        item.Published = false;
        item.PublishedVersion = header.PublishedVersion;
        item.ModifiedUtc = Now;
        item.Author = author.UserName;
        item.ConcurrencyStamp = NewStamp();
        Stamp(header, item);
        AddVersion(item, type);
    }

    /// <summary>Runs the cancellable publishing handlers; returns the refusal, or null when the version is now published.</summary>
    private async Task<Outcome<ContentItem>?> PublishVersionAsync(
        ContentItemRecord header, ContentVersionRecord version, ContentItem item, ContentTypeDefinition type, ContentVersionRecord? previous)
    {
        var publishing = new CancellableContentContext(item, type);
        foreach (var handler in Handlers)
        {
            await handler.PublishingAsync(publishing);
            if (publishing.Cancelled)
            {
                return Outcome<ContentItem>.Fail(OutcomeFailure.Cancelled, "publish", publishing.Reason ?? "Không thể đăng nội dung này.");
            }
        }

        if (previous is not null)
        {
            previous.Published = false;
            if (previous.Slug != version.Slug && ContentAddresses.PathOf(type, previous.Slug) is { } from)
            {
                await addresses.MovedAsync(from, ContentAddresses.PathOf(type, version.Slug)!, CancellationToken.None);
            }
        }

        var now = Now;
        header.PublishedUtc ??= now;
        header.PublishedVersion = version.Number;
        version.Published = item.Published = true;
        version.SortDateUtc = preparer.SortDateUtc(item, type) ?? header.PublishedUtc.Value;
        item.PublishedVersion = version.Number;
        item.PublishedUtc = version.SortDateUtc;

        var published = new ContentContext(item, type);
        foreach (var handler in Handlers)
        {
            await handler.PublishedAsync(published);
        }

        return null;
    }

    /// <summary>
    /// Copies the version's shared fields to the item row and gives it a new stamp. The UPDATE is
    /// conditioned on the stamp read before, so a concurrent save makes this one fail.
    /// </summary>
    private void Stamp(ContentItemRecord header, ContentItem item)
    {
        header.Slug = item.Slug;
        header.DisplayText = item.DisplayText;
        header.SearchText = _searchText ?? ContentPreparer.SearchText([item.DisplayText]);
        header.LatestVersion = item.Version;
        header.ModifiedUtc = item.ModifiedUtc;
        header.ConcurrencyStamp = item.ConcurrencyStamp;
    }

    private ContentVersionRecord AddVersion(ContentItem item, ContentTypeDefinition type)
    {
        var version = new ContentVersionRecord
        {
            ContentItemId = item.ContentItemId,
            Number = item.Version,
            Latest = true,
            ContentType = item.ContentType,
            DisplayText = item.DisplayText,
            Slug = item.Slug,
            Data = item.Parts.ToJsonString(ContentJson.Options),
            SortDateUtc = preparer.SortDateUtc(item, type) ?? item.ModifiedUtc,
            CreatedUtc = item.ModifiedUtc,
            Author = item.Author,
            Withheld = preparer.IsWithheld(item, type),
        };
        item.Withheld = version.Withheld;
        db.Add(version);
        return version;
    }

    /// <summary>
    /// A published item keeps its address: an empty slug, a restored version's slug, or any slug without
    /// <paramref name="changeSlug"/> leaves the item's slug as it is (a different one typed without it is refused).
    /// With it the slug changes, and once that version is published the old address answers 301 to the new one.
    /// </summary>
    private static Outcome<ContentItem>? KeepSlug(ContentItemRecord header, ContentTypeDefinition type, ContentItem item, bool restoring, bool changeSlug)
    {
        if (header.PublishedVersion is null || changeSlug)
        {
            return null;
        }

        var asked = VietnameseText.Slugify(item.Slug ?? "");
        if (restoring || asked.Length == 0 || asked == header.Slug)
        {
            item.Slug = header.Slug;
            return null;
        }

        var address = ContentAddresses.PathOf(type, header.Slug) ?? header.Slug;
        return Outcome<ContentItem>.Fail(OutcomeFailure.Invalid, "slug",
            $"Bài đã đăng ở địa chỉ \"{address}\": địa chỉ chỉ đổi khi bạn chọn \"Đổi địa chỉ\" (API: \"changeSlug\": true). Khi đó địa chỉ cũ tự chuyển sang địa chỉ mới.");
    }

    /// <summary>Whether the prepared item is what the latest version already holds.</summary>
    private static bool IsSame(ContentVersionRecord latest, ContentItem item) =>
        latest.DisplayText == item.DisplayText && latest.Slug == item.Slug
        && System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(latest.Data), item.Parts);

    /// <summary>Normalizes the title to NFC, derives the slug, and has the type's parts checked and normalised (<see cref="ContentPreparer"/>).</summary>
    private async Task<Dictionary<string, string>> PrepareAsync(ContentItem item, ContentTypeDefinition type, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        item.DisplayText = (item.DisplayText ?? "").Trim().Normalize();
        item.Slug = VietnameseText.Slugify(string.IsNullOrWhiteSpace(item.Slug) ? item.DisplayText : item.Slug);
        if (item.DisplayText.Length == 0)
        {
            errors["displayText"] = "Vui lòng nhập tiêu đề.";
        }
        else if (item.DisplayText.Length > 300)
        {
            errors["displayText"] = "Tiêu đề không được dài quá 300 ký tự.";
        }

        if (item.Slug.Length == 0 && item.DisplayText.Length > 0)
        {
            errors["slug"] = "Đường dẫn phải có ít nhất một chữ cái hoặc chữ số.";
        }
        else if (item.Slug.Length > 0 && await SlugTakenByAnotherAsync(item, cancellationToken))
        {
            errors["slug"] = $"Đường dẫn '{item.Slug}' đã được dùng cho nội dung khác. Hãy chọn đường dẫn khác.";
        }

        var prepared = await preparer.PrepareAsync(item, type, cancellationToken);
        foreach (var (field, message) in prepared.Errors)
        {
            errors.TryAdd(field, message);
        }

        _searchText = prepared.SearchText;
        return errors;
    }

    /// <summary>Whether another item has the slug: stored, or an earlier item of the same <see cref="CreateManyAsync"/>.</summary>
    private async Task<bool> SlugTakenByAnotherAsync(ContentItem item, CancellationToken cancellationToken) =>
        _batchSlugs?.Contains(item.Slug) == true
        || await db.Set<ContentItemRecord>().AnyAsync(i => i.Slug == item.Slug && i.Id != item.ContentItemId, cancellationToken);

    /// <summary>The slugs of the items a <see cref="CreateManyAsync"/> has added so far.</summary>
    private HashSet<string>? _batchSlugs;

    private static string TypeOffMessage(ContentTypeDefinition type) =>
        $"Loại nội dung \"{type.DisplayName}\" chưa được bật ở cổng này.";

    /// <summary>
    /// A handler that throws leaves tracked changes behind in the scoped context; they are dropped so
    /// that a later save in the same scope cannot store half of the failed operation.
    /// </summary>
    private async Task<Outcome<ContentItem>> AtomicAsync(Func<Task<Outcome<ContentItem>>> operation)
    {
        addresses.Forget();
        try
        {
            return await operation();
        }
        catch
        {
            db.ChangeTracker.Clear();
            addresses.Forget();
            throw;
        }
    }

    /// <summary>Saves the operation; when it moved or removed an address the menu links to, the menu changes in the same transaction.</summary>
    private async Task<Outcome<ContentItem>> SaveAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (!addresses.ChangesMenu)
        {
            return await SaveChangesAsync(item, cancellationToken);
        }

        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var result = await SaveChangesAsync(item, cancellationToken);
        if (!result.Succeeded)
        {
            addresses.Forget();
            return result;
        }

        await addresses.ApplyMenuAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private async Task<Outcome<ContentItem>> SaveChangesAsync(ContentItem item, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<ContentItem>.Ok(item);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<ContentItem>.Fail(OutcomeFailure.Conflict, "concurrencyStamp", ConflictMessage);
        }
        catch (DbUpdateException)
        {
            // Either another item took the slug meanwhile, or two saves raced for one version number.
            return await SlugTakenAsync(item, cancellationToken)
                ? Outcome<ContentItem>.Fail(OutcomeFailure.Invalid, "slug", $"Đường dẫn '{item.Slug}' đã được dùng cho nội dung khác. Hãy chọn đường dẫn khác.")
                : Outcome<ContentItem>.Fail(OutcomeFailure.Conflict, "concurrencyStamp", ConflictMessage);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<bool> SlugTakenAsync(ContentItem item, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Set<ContentItemRecord>().AnyAsync(i => i.Slug == item.Slug && i.Id != item.ContentItemId, cancellationToken);
    }
}

/// <summary>Who is writing, for the Author of a version; empty outside a request.</summary>
public sealed class ContentAuthor(Microsoft.AspNetCore.Http.IHttpContextAccessor accessor)
{
    public string? UserName => accessor.HttpContext?.User.Identity?.Name;
}
