using System.Globalization;
using System.Net;
using GovCms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovCms.Tenants;

/// <summary>
/// The one place that decides whether a site may have a host name, for every way a site gets one (the
/// provisioning API and admin page, recipes and their "tenants" step, exports, the command line):
/// a DNS name with an optional port, written in lower case (Vietnamese names in their xn-- form); no
/// scheme, path, spaces, wildcards, nor IP addresses unless the host allows them; not a name the host
/// itself is served on; not taken by another site (whatever the port); and, unless the caller administers
/// the whole host, a subdomain of a host name of the parent or of a site above it.
/// </summary>
public sealed class HostNameRules(GovCmsDbContext db, IOptions<TenancyOptions> tenancy, ReservedHostNames reserved)
{
    private const string Example = "xuanhong.thanhhoa.gov.vn";

    private const string WrongLetters =
        "chỉ gồm chữ cái không dấu, số, dấu gạch ngang và dấu chấm (mỗi phần 1 đến 63 ký tự, không bắt đầu hay kết thúc bằng dấu gạch ngang), ví dụ " + Example + ".";

    /// <summary>
    /// The host names a site may get, normalised, or the first reason one of them may not be given.
    /// </summary>
    /// <param name="parentChain">The parent of the site, then the sites above it, up to the top.</param>
    /// <param name="anyDomain">The caller administers the whole host (or is the host itself: command line, demo).</param>
    /// <param name="exceptTenantId">The site itself, when its names are changed.</param>
    public async Task<(IReadOnlyList<string> HostNames, string? Error)> CheckAsync(
        IEnumerable<string> typed, IReadOnlyList<int> parentChain, bool anyDomain, int? exceptTenantId, CancellationToken cancellationToken)
    {
        var reservedNames = reserved.Current;
        var names = new List<string>();
        foreach (var value in typed.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            var (name, error) = Normalize(value, tenancy.Value.AllowIpHostNames);
            // The host's own names first: "localhost" is refused as the host's, not only for its form.
            var host = HostOf(name ?? value.Trim().ToLowerInvariant());
            if (reservedNames.Contains(host))
            {
                return ([], $"Tên miền \"{host}\" là tên miền của chính hệ thống (trang gốc trả lời trên tên miền này), không thể giao cho một đơn vị.");
            }

            if (error is not null)
            {
                return ([], error);
            }

            if (!names.Contains(name!))
            {
                names.Add(name!);
            }
        }

        var taken = new List<string>();
        foreach (var host in names.Select(HostOf).Distinct())
        {
            var withPort = host + ":";
            taken.AddRange(await db.Set<TenantHostName>()
                .Where(h => h.TenantId != exceptTenantId && (h.HostName == host || h.HostName.StartsWith(withPort)))
                .Select(h => h.HostName).ToListAsync(cancellationToken));
        }

        if (taken.Count > 0)
        {
            return ([], $"Tên miền đã được đơn vị khác dùng: {string.Join(", ", taken.Order(StringComparer.Ordinal))}.");
        }

        if (!anyDomain && names.Count > 0)
        {
            var domains = await DomainsAsync(parentChain, reservedNames, cancellationToken);
            if (names.Select(HostOf).FirstOrDefault(host => !domains.Any(d => host.EndsWith("." + d, StringComparison.Ordinal))) is { } outside)
            {
                return ([], domains.Count == 0
                    ? $"Chỉ quản trị của toàn hệ thống mới đặt được tên miền \"{outside}\": đơn vị cấp trên chưa có tên miền riêng. Hãy để trống, đơn vị sẽ có địa chỉ dạng /duong-dan/."
                    : $"Tên miền \"{outside}\" nằm ngoài tên miền của đơn vị cấp trên; chỉ quản trị của toàn hệ thống mới đặt được tên miền như vậy. "
                        + $"Hãy dùng tên miền con của {string.Join(", ", domains)}, ví dụ ten-don-vi.{domains[0]}.");
            }
        }

        return (names, null);
    }

    /// <summary>
    /// A host name as typed, checked for its form only and written as stored ("XuanHong.ThanhHoa.gov.vn:8080" →
    /// "xuanhong.thanhhoa.gov.vn:8080"; an IPv6 address in brackets); or why it is not a host name.
    /// </summary>
    public static (string? Name, string? Error) Normalize(string typed, bool allowIpAddresses)
    {
        var value = typed.Trim();
        string? Refuse(string why) => $"\"{value}\" không phải là tên miền hợp lệ: {why}";
        if (value.Length == 0)
        {
            return (null, "Tên miền trống.");
        }

        if (value.Any(char.IsWhiteSpace))
        {
            return (null, Refuse("tên miền không có khoảng trắng."));
        }

        if (value.Contains("://", StringComparison.Ordinal))
        {
            return (null, Refuse($"chỉ nhập tên miền, không kèm \"http://\" hay \"https://\", ví dụ {Example}."));
        }

        if (value.IndexOfAny(['/', '\\', '?', '#', '@', '%']) >= 0)
        {
            return (null, Refuse($"chỉ nhập tên miền, không kèm đường dẫn hay các ký tự / \\ ? # @ %, ví dụ {Example}."));
        }

        if (value.Contains('*'))
        {
            return (null, Refuse("không dùng tên miền đại diện (*); hãy nhập một tên miền cụ thể."));
        }

        var (host, portText, bracketed) = Split(value);
        if (host is null)
        {
            return (null, Refuse("thiếu dấu \"]\" đóng địa chỉ IPv6, ví dụ [2001:db8::1]:8080."));
        }

        var port = "";
        if (portText is not null)
        {
            if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535)
            {
                return (null, Refuse("cổng (sau dấu \":\") phải là số từ 1 đến 65535."));
            }

            port = ":" + number.ToString(CultureInfo.InvariantCulture);
        }

        if (IPAddress.TryParse(host, out var address))
        {
            if (!allowIpAddresses)
            {
                return (null, Refuse($"đơn vị phải có tên miền, không dùng địa chỉ IP, ví dụ {Example}."));
            }

            return (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]{port}" : $"{address}{port}", null);
        }

        if (bracketed)
        {
            return (null, Refuse("trong ngoặc vuông chỉ đặt địa chỉ IPv6."));
        }

        var ascii = host.EndsWith('.') ? host[..^1] : host;
        try
        {
            // Vietnamese names ("xuânhồng.vn") are stored in the form browsers send (xn--...).
            ascii = new IdnMapping().GetAscii(ascii).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return (null, Refuse(WrongLetters));
        }

        var labels = ascii.Split('.');
        if (ascii.Length > 253 || labels.Any(l => l.Length is 0 or > 63 || l[0] == '-' || l[^1] == '-' || !l.All(IsLabelChar)))
        {
            return (null, Refuse(WrongLetters));
        }

        if (labels.Length < 2 || labels[^1].All(char.IsAsciiDigit))
        {
            return (null, Refuse($"cần có ít nhất hai phần cách nhau bằng dấu chấm và phần cuối là chữ, ví dụ {Example}."));
        }

        return (ascii + port, null);
    }

    /// <summary>The name without its port, as requests carry it in Host.Host ("[::1]" for an IPv6 address).</summary>
    public static string HostOf(string name)
    {
        if (name.StartsWith('['))
        {
            var close = name.IndexOf(']');
            return close < 0 ? name : name[..(close + 1)];
        }

        var colon = name.IndexOf(':');
        return colon < 0 ? name : name[..colon];
    }

    private static bool IsLabelChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-';

    /// <summary>Host and port of "host", "host:port", "[v6]" or "[v6]:port"; a host of null when a bracket is not closed.</summary>
    private static (string? Host, string? Port, bool Bracketed) Split(string value)
    {
        if (value.StartsWith('['))
        {
            var close = value.IndexOf(']');
            if (close < 0)
            {
                return (null, null, true);
            }

            var rest = value[(close + 1)..];
            return (value[1..close], rest.Length == 0 ? null : rest.StartsWith(':') ? rest[1..] : "", true);
        }

        var colon = value.IndexOf(':');
        if (colon < 0)
        {
            return (value.ToLowerInvariant(), null, false);
        }

        // Several colons: an IPv6 address without brackets (which cannot carry a port), or no host name at all.
        return value.LastIndexOf(':') != colon
            ? (value.ToLowerInvariant(), null, false)
            : (value[..colon].ToLowerInvariant(), value[(colon + 1)..], false);
    }

    /// <summary>
    /// The domains below which a site may get names without administering the whole host: the host names of its
    /// parent and the sites above it, and, below the root site, the names the root answers on.
    /// </summary>
    private async Task<List<string>> DomainsAsync(IReadOnlyList<int> chain, IReadOnlySet<string> reservedNames, CancellationToken cancellationToken)
    {
        if (chain.Count == 0)
        {
            return [];
        }

        var names = await db.Set<TenantHostName>().Where(h => chain.Contains(h.TenantId)).Select(h => h.HostName).ToListAsync(cancellationToken);
        var domains = names.Select(HostOf).ToList();
        var top = chain[^1];
        if (await db.Set<Tenant>().AnyAsync(t => t.Id == top && t.ParentId == null && t.UrlPrefix == null && !t.HostNames.Any(), cancellationToken))
        {
            domains.AddRange(reservedNames.Where(n => !IPAddress.TryParse(n.Trim('[', ']'), out _)));
        }

        return domains.Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
