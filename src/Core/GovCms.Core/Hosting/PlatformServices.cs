using GovCms.Content;
using GovCms.Content.Scheduling;
using GovCms.Data;
using GovCms.Events;
using GovCms.Jobs;
using GovCms.Mail;
using GovCms.Notifications;
using GovCms.Security;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Hosting;

/// <summary>The platform services any module uses: jobs, the event outbox, notifications and mail, scheduled publication.</summary>
public static class PlatformServices
{
    public static IServiceCollection AddGovCmsPlatform(this IServiceCollection services)
    {
        services.AddScoped<CurrentActor>();
        services.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<CurrentActor>());

        services.AddSingleton<IModelContributor, JobsModel>();
        services.AddOptions<JobOptions>().BindConfiguration("GovCms:Scheduling");
        services.AddSingleton<JobSignal>();
        services.AddSingleton<JobsSavedInterceptor>();
        services.AddScoped<IJobQueue, JobQueue>();
        services.AddSingleton<JobRunner>();
        services.AddSingleton<RecurringJobPlanner>();
        services.AddHostedService<JobService>();

        services.AddScoped<IEventOutbox, EventOutbox>();
        services.AddJobHandler<EventDeliveryJob>();
        services.AddScoped<IContentHandler, ContentEventSource>();

        services.AddSingleton<IModelContributor, NotificationsModel>();
        services.AddScoped<INotifier, Notifier>();
        services.AddScoped<NotificationInbox>();
        services.AddOptions<MailOptions>().BindConfiguration("GovCms:Mail");
        services.AddSingleton<MailSender>();
        services.AddScoped<IMailOutbox, MailOutbox>();
        services.AddJobHandler<MailJob>();

        services.AddScoped<IContentScheduler, ContentScheduler>();
        services.AddJobHandler<ScheduledPublishJob>();
        services.AddJobHandler<ScheduledUnpublishJob>();
        services.AddScoped<IContentHandler, ScheduleRemoval>();
        return services;
    }
}
