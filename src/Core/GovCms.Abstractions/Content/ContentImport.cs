namespace GovCms.Content;

/// <summary>
/// Marks content brought in from elsewhere (a recipe, an exported site) while it is created: it arrives as it
/// was there, published or not. Handlers that enforce how editors publish (an approval) let it through. Scoped.
/// </summary>
public sealed class ContentImport
{
    public bool Active { get; private set; }

    /// <summary>Marks what the scope creates as imported until the returned scope is disposed.</summary>
    public IDisposable Begin()
    {
        Active = true;
        return new End(this);
    }

    private sealed class End(ContentImport import) : IDisposable
    {
        public void Dispose() => import.Active = false;
    }
}
