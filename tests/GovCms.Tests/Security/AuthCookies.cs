using System.Net;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GovCms.Tests.Security;

/// <summary>The auth cookie as an attacker would hold it: copied out of a response and replayed on its own.</summary>
public static class AuthCookies
{
    /// <summary>"name=value" of the auth cookie a sign-in response sets.</summary>
    public static string From(HttpResponseMessage signIn)
    {
        var setCookie = signIn.Headers.GetValues("Set-Cookie").Last(c => c.StartsWith(".GovCms.Auth.", StringComparison.Ordinal));
        return setCookie[..setCookie.IndexOf(';')];
    }

    /// <summary>Signs in with the client and returns the cookie it was given.</summary>
    public static async Task<string> SignInAsync(SiteClient client, string slug, string userName, string password)
    {
        using var response = await client.TryLoginAsync(slug, userName, password);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return From(response);
    }

    /// <summary>The status of a GET sent with nothing but the cookie.</summary>
    public static async Task<HttpStatusCode> ReplayAsync(GovCmsSite site, string cookie, string url)
    {
        using var http = site.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
