using GovCms.Data;
using GovCms.Notifications;
using GovCms.Tests.Infrastructure;
using GovCms.Workflows;
using GovCms.Workflows.Engine;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Platform;

/// <summary>An event of a module that has its own records (citizens' feedback): it starts workflows about the record.</summary>
internal sealed class FeedbackReceivedActivity : IActivity
{
    public const string ActivityName = "FeedbackReceived";

    public string Name => ActivityName;

    public string DisplayName => "Khi nhận phản ánh của người dân";

    public ActivityKind Kind => ActivityKind.Event;

    public bool CanStart => true;

    public IReadOnlyList<string> Outcomes { get; } = ["Done"];

    public Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) => Task.FromResult(ActivityResult.Blocked);
}

/// <summary>A workflow about a record that is not content: correlated by (kind, id), with its title in messages, resumed by its timer.</summary>
public abstract class RecordWorkflowTests(GovCmsSite site)
{
    private const string Slug = Demo.SiblingCommune;

    [Fact]
    public async Task A_feedback_case_has_a_workflow_that_notifies_the_reviewers_waits_and_reminds_them()
    {
        await using var host = site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddActivity<FeedbackReceivedActivity>()));
        await Editorial.EnsureBoardAsync(host.Services, Slug);
        using var admin = SiteClient.Create(host);
        await admin.LoginAsync(Slug, Demo.Administrator(Slug), Demo.Password);
        await Editorial.PutDefinitionAsync(admin, Slug, "xu-ly-phan-anh", """
            {
              "displayName": "Xử lý phản ánh",
              "steps": [
                { "id": "nhan", "activity": "FeedbackReceived" },
                { "id": "bao", "activity": "Notify", "roles": ["Reviewer"], "properties": { "to": "roles", "subject": "Phản ánh mới: {title}", "message": "Cần trả lời trong 24 giờ." } },
                { "id": "cho", "activity": "Timer", "properties": { "hours": 24 } },
                { "id": "nhac", "activity": "Notify", "roles": ["Reviewer"], "properties": { "to": "roles", "subject": "Quá hạn trả lời: {title}", "message": "Phản ánh chưa được trả lời." } }
              ]
            }
            """);
        var feedback = new WorkflowRecord("feedback", "PA-2026-0042", "Đèn đường hỏng ở ngõ 5");

        var started = await Editorial.InTenantAsync(host.Services, Slug, services =>
            services.GetRequiredService<IWorkflowRuns>().TriggerAsync(FeedbackReceivedActivity.ActivityName, feedback, variables: null, actor: null));
        var run = Assert.Single(started);
        Assert.Equal(feedback, run.Record);
        Assert.Equal(("Waiting", "cho"), (run.Status, run.CurrentStepId));
        var stored = await InstanceAsync(host, run.Id);
        Assert.Equal(("feedback", "PA-2026-0042", "Đèn đường hỏng ở ngõ 5"), (stored.RecordKind, stored.RecordId, stored.ContentTitle));
        Assert.Contains("Phản ánh mới: Đèn đường hỏng ở ngõ 5", await SubjectsAsync(host));

        host.Services.GetRequiredService<TestClock>().Advance(TimeSpan.FromHours(25));
        await Editorial.EventuallyAsync(async () => (await InstanceAsync(host, run.Id)).Status == WorkflowStatus.Finished, "the timer resumes the run");
        Assert.Contains("Quá hạn trả lời: Đèn đường hỏng ở ngõ 5", await SubjectsAsync(host));
        var runs = await Editorial.InTenantAsync(host.Services, Slug, services => services.GetRequiredService<IWorkflowRuns>().ForRecordAsync("feedback", "PA-2026-0042"));
        Assert.Equal("Finished", Assert.Single(runs).Status);
        Assert.Empty(await Editorial.InTenantAsync(host.Services, Slug, services => services.GetRequiredService<IWorkflowRuns>().ForRecordAsync(WorkflowRecord.ContentKind, "PA-2026-0042")));
    }

    private static Task<WorkflowInstance> InstanceAsync(WebApplicationFactory<Program> host, string id) =>
        Editorial.InTenantAsync(host.Services, Slug, services => services.GetRequiredService<GovCmsDbContext>().Set<WorkflowInstance>().AsNoTracking().SingleAsync(i => i.Id == id));

    private static Task<List<string>> SubjectsAsync(WebApplicationFactory<Program> host) =>
        Editorial.InTenantAsync(host.Services, Slug, services => services.GetRequiredService<GovCmsDbContext>().Set<Notification>()
            .Where(n => n.UserName == Editorial.Reviewer(Slug)).Select(n => n.Subject).ToListAsync());
}

public sealed class RecordWorkflowOnSqlite(WorkflowSqliteSite site) : RecordWorkflowTests(site), IClassFixture<WorkflowSqliteSite>;

public sealed class RecordWorkflowOnPostgreSql(WorkflowPostgreSqlSite site) : RecordWorkflowTests(site), IClassFixture<WorkflowPostgreSqlSite>;
