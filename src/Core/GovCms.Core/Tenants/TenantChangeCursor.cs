namespace GovCms.Tenants;

/// <summary>
/// Which rows of the change log a host has read. An id is handed out when its row is written but the row
/// becomes visible when its transaction commits, so with several writers a lower id may appear after a higher
/// one: skipped ids are looked for again until they appear, or until they are older than <see cref="Window"/>
/// (a transaction rolled back never shows its row).
/// </summary>
internal sealed class TenantChangeCursor(long lastId)
{
    /// <summary>How long a transaction may hold a change before committing it and still be seen.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>Skipped ids followed at most; beyond that (a crash of PostgreSQL skips a few dozen) they are dropped.</summary>
    private const int MaxMissing = 1000;

    private readonly Dictionary<long, DateTime> _missing = [];

    public long LastId { get; private set; } = lastId;

    public IReadOnlyCollection<long> Missing => _missing.Keys;

    /// <summary>Takes note of the ids read now (in any order).</summary>
    public void Saw(IEnumerable<long> ids, DateTime nowUtc)
    {
        foreach (var id in ids.Order())
        {
            if (id <= LastId)
            {
                _missing.Remove(id);
                continue;
            }

            for (var skipped = Math.Max(LastId + 1, id - MaxMissing); skipped < id; skipped++)
            {
                _missing[skipped] = nowUtc;
            }

            LastId = id;
        }

        foreach (var id in _missing.Where(m => nowUtc - m.Value > Window).Select(m => m.Key).ToList())
        {
            _missing.Remove(id);
        }

        while (_missing.Count > MaxMissing)
        {
            _missing.Remove(_missing.Keys.Min());
        }
    }
}
