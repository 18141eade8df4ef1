using GovCms.Audit;
using GovCms.Data;
using GovCms.Mail;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovCms.Users.Passwords;

/// <summary>
/// "Quên mật khẩu": mails a link with a time-limited reset token to the account's address. Offered only
/// where mail leaves the host and the host's address is configured (the link is never built from the
/// request, whose Host header anyone can forge). The answer is the same whether the account exists or not.
/// </summary>
public sealed class PasswordResetMail(
    IServiceProvider services,
    SignInService signIn,
    AccountService accounts,
    ICurrentTenant currentTenant,
    IAuditLog audit,
    GovCmsDbContext db,
    IOptions<SecurityOptions> options)
{
    /// <summary>The mail contract of whichever module sends mail; none when no such module is in the host.</summary>
    private IMailOutbox? Outbox => services.GetService<IMailOutbox>();

    public bool IsAvailable => Outbox is { IsConfigured: true } outbox && outbox.AbsoluteLink("admin") is not null;

    public string Sent =>
        "Nếu tên đăng nhập đúng và tài khoản có địa chỉ email, một thư có liên kết đặt lại mật khẩu vừa được gửi tới địa chỉ đó. " +
        $"Liên kết có hiệu lực trong {Lifetime}. Không thấy thư? Hãy xem cả hộp thư rác, hoặc nhờ quản trị của cổng đặt lại mật khẩu.";

    /// <summary>Queues the mail when the account exists here and has an address; refused only by the rate limit.</summary>
    public async Task<SignInOutcome?> RequestAsync(string userName)
    {
        var name = userName.Trim();
        if (signIn.TryAcquire(name) is { } refused)
        {
            return refused;
        }

        if (Outbox is not { IsConfigured: true } outbox || await signIn.FindAccountAsync(name) is not { IsDisabled: false, Email: { Length: > 0 } email } user)
        {
            return null;
        }

        var token = await accounts.CreateResetTokenAsync(user);
        var link = outbox.AbsoluteLink($"admin/reset-password?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}");
        if (link is null)
        {
            return null;
        }

        var site = currentTenant.Required.DisplayName;
        outbox.Queue(email, $"Đặt lại mật khẩu tài khoản {user.UserName} – {site}",
            $"""
            Xin chào {user.DisplayName},

            Có người (có thể là bạn) vừa yêu cầu đặt lại mật khẩu của tài khoản {user.UserName} tại trang quản trị {site}.
            Để đặt mật khẩu mới, hãy mở liên kết sau trong vòng {Lifetime}:

            {link}

            Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.
            """);
        audit.Add(new AuditEvent(AuditCategories.User, UserAuditActions.PasswordResetRequested, user.UserName, user.DisplayName) { UserName = user.UserName });
        await db.SaveChangesAsync();
        return null;
    }

    private string Lifetime
    {
        get
        {
            var lifetime = options.Value.PasswordResetLinkLifetime;
            return lifetime.TotalHours >= 1 && lifetime.TotalHours == Math.Floor(lifetime.TotalHours)
                ? $"{lifetime.TotalHours:0} giờ"
                : $"{Math.Ceiling(lifetime.TotalMinutes):0} phút";
        }
    }
}
