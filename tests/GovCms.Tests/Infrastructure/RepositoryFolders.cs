namespace GovCms.Tests.Infrastructure;

/// <summary>Folders of the repository the tests run from.</summary>
public static class RepositoryFolders
{
    /// <summary>The folder holding GovCms.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Recipes => Path.Combine(Root, "recipes");

    /// <summary>The host as built for this test run (same configuration: Debug or Release).</summary>
    public static string HostAssembly
    {
        get
        {
            var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)))!;
            return Path.Combine(Root, "src", "Host", "GovCms.Web", "bin", configuration, "net10.0", "GovCms.Web.dll");
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GovCms.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"GovCms.sln not found above {AppContext.BaseDirectory}.");
    }
}
