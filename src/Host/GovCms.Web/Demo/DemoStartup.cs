using System.Security.Cryptography;

namespace GovCms.Web.Demo;

/// <summary>
/// Whether the host provisions the demo network, and with which password. It is on in Development (the README's
/// <c>dotnet run</c>, through launchSettings.json) and off elsewhere unless "GovCms:Demo:Enabled" is true. Outside
/// Development the documented password is never used: one is generated and printed once, when the demo is created.
/// </summary>
internal static class DemoStartup
{
    public static async Task RunAsync(WebApplication app)
    {
        var development = app.Environment.IsDevelopment();
        if (!app.Configuration.GetValue("GovCms:Demo:Enabled", defaultValue: development))
        {
            return;
        }

        var (password, generated) = ChoosePassword(app.Configuration["GovCms:Demo:Password"], development);
        if (generated && app.Configuration["GovCms:Demo:Password"] == DemoNetwork.DefaultPassword)
        {
            app.Logger.LogWarning("The documented demo password is not used outside Development; a random one is generated instead.");
        }

        var provisioned = await DemoNetwork.EnsureAsync(app.Services, app.Logger, password);
        var logins = await DemoNetwork.LoginsAsync(app.Services);
        // A generated password exists only in this process: shown when the demo is created with it, never again.
        var shown = !generated || provisioned ? password : null;
        app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app.Services, logins, shown, generated));
    }

    /// <summary>The configured password, except the documented one outside Development; otherwise a new random one.</summary>
    internal static (string Password, bool Generated) ChoosePassword(string? configured, bool development) =>
        (configured, development) switch
        {
            ({ Length: > 0 }, true) => (configured, false),
            ({ Length: > 0 }, false) when configured != DemoNetwork.DefaultPassword => (configured, false),
            (_, true) => (DemoNetwork.DefaultPassword, false),
            _ => (RandomPassword(), true),
        };

    /// <summary>16 letters and digits, with an upper-case letter, a lower-case letter and a digit as the password rules ask.</summary>
    private static string RandomPassword()
    {
        const string characters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        while (true)
        {
            var password = RandomNumberGenerator.GetString(characters, 16);
            if (password.Any(char.IsUpper) && password.Any(char.IsLower) && password.Any(char.IsDigit))
            {
                return password;
            }
        }
    }
}
