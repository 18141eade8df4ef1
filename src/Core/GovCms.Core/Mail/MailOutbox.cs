using GovCms.Mail;
using GovCms.Jobs;
using GovCms.Tenants;
using Microsoft.Extensions.Options;

namespace GovCms.Mail;

/// <summary>Mail for any module: each message is a mail job of the current site, committed with the caller's change.</summary>
internal sealed class MailOutbox(IJobQueue jobs, ICurrentTenant currentTenant, IOptions<MailOptions> mail) : IMailOutbox
{
    public bool IsConfigured => mail.Value.IsConfigured;

    /// <summary>
    /// "GovCms:Mail:SiteUrl" with the site's prefix; a site reached only by its own host name gets that host
    /// (with the scheme of SiteUrl).
    /// </summary>
    public string? AbsoluteLink(string pathInSite)
    {
        if (!Uri.TryCreate(mail.Value.SiteUrl, UriKind.Absolute, out var siteUrl))
        {
            return null;
        }

        var tenant = currentTenant.Required;
        var path = pathInSite.TrimStart('/');
        return string.IsNullOrEmpty(tenant.UrlPrefix) && tenant.HostNames.Count > 0
            ? $"{siteUrl.Scheme}://{tenant.HostNames[0]}/{path}"
            : $"{siteUrl.GetLeftPart(UriPartial.Path).TrimEnd('/')}{TenantUrls.BasePath(tenant)}/{path}";
    }

    public void Queue(string to, string subject, string body)
    {
        if (IsConfigured)
        {
            jobs.Queue(new JobRequest(MailJob.JobKind) { Payload = new() { ["to"] = to, ["subject"] = subject, ["body"] = body } });
        }
    }
}
