using GovCms.Recipes;

namespace GovCms.Content;

/// <summary>
/// Marks content brought in from elsewhere (a recipe, an exported site) while it is created: it arrives as it
/// was there, published or not. Handlers that enforce how editors publish (an approval) let it through when the
/// host itself imports it, and check the permissions of <see cref="Caller"/> when someone imports it through the admin. Scoped.
/// </summary>
public sealed class ContentImport
{
    public bool Active { get; private set; }

    /// <summary>Who imports, through the admin; null for the host itself (command line, demo).</summary>
    public ProvisioningCaller? Caller { get; private set; }

    /// <summary>Marks what the scope creates as imported until the returned scope is disposed.</summary>
    public IDisposable Begin(ProvisioningCaller? caller = null)
    {
        Active = true;
        Caller = caller;
        return new End(this);
    }

    private sealed class End(ContentImport import) : IDisposable
    {
        public void Dispose()
        {
            import.Active = false;
            import.Caller = null;
        }
    }
}
