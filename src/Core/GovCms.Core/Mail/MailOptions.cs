namespace GovCms.Mail;

/// <summary>
/// Bound from "GovCms:Mail". Mail goes to an SMTP server (Host; EnableSsl: TLS on connect at port 465, else
/// STARTTLS), or is written as .eml files to a folder another program sends from (PickupDirectory). With neither,
/// no mail is sent.
/// </summary>
public sealed class MailOptions
{
    public string From { get; set; } = "govcms@localhost";
    public string? PickupDirectory { get; set; }
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>The address the host is reached at (e.g. "https://thanhhoa.gov.vn"), for links in mail; links stay relative without it.</summary>
    public string? SiteUrl { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(PickupDirectory) || !string.IsNullOrWhiteSpace(Host);
}
