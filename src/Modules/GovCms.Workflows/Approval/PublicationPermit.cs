namespace GovCms.Workflows.Approval;

/// <summary>
/// Lets the approval guard through for an item the workflow itself publishes in this scope: an approved
/// item, a scheduled publication, or an administrator's publication with a written reason.
/// </summary>
internal sealed class PublicationPermit
{
    private readonly HashSet<string> _allowed = [];

    /// <summary>Allows publishing the item until the returned scope is disposed.</summary>
    public IDisposable Allow(string contentItemId)
    {
        _allowed.Add(contentItemId);
        return new Revoke(() => _allowed.Remove(contentItemId));
    }

    public bool Allows(string contentItemId) => _allowed.Contains(contentItemId);

    private sealed class Revoke(Action revoke) : IDisposable
    {
        public void Dispose() => revoke();
    }
}
