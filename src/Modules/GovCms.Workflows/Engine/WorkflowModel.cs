using GovCms.Data;
using GovCms.Workflows.Definitions;
using GovCms.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Workflows.Engine;

internal sealed class WorkflowModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<WorkflowDefinitionRecord>(definition =>
        {
            definition.ToTable("WorkflowDefinitions");
            definition.Property(d => d.Name).HasMaxLength(60);
            definition.Property(d => d.ModifiedBy).HasMaxLength(256);
            definition.HasIndex(d => new { d.TenantId, d.Name }).IsUnique();
        });
        modelBuilder.Entity<WorkflowInstance>(instance =>
        {
            instance.ToTable("WorkflowInstances");
            instance.Property(i => i.Id).HasMaxLength(40);
            instance.Property(i => i.DefinitionName).HasMaxLength(60);
            instance.Property(i => i.RecordKind).HasMaxLength(30);
            instance.Property(i => i.RecordId).HasMaxLength(40);
            instance.Property(i => i.ContentType).HasMaxLength(60);
            instance.Property(i => i.ContentTitle).HasMaxLength(300);
            instance.Property(i => i.CurrentStepId).HasMaxLength(60);
            instance.Property(i => i.StartedBy).HasMaxLength(256);
            instance.Property(i => i.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
            instance.HasIndex(i => new { i.TenantId, i.RecordKind, i.RecordId, i.Status });
        });
        modelBuilder.Entity<WorkflowTask>(task =>
        {
            task.ToTable("WorkflowTasks");
            task.Property(t => t.InstanceId).HasMaxLength(40);
            task.Property(t => t.StepId).HasMaxLength(60);
            task.Property(t => t.Title).HasMaxLength(200);
            task.Property(t => t.Roles).HasMaxLength(400);
            task.Property(t => t.ContentItemId).HasMaxLength(40);
            task.Property(t => t.ContentType).HasMaxLength(60);
            task.Property(t => t.ContentTitle).HasMaxLength(300);
            task.Property(t => t.SubmittedBy).HasMaxLength(256);
            task.Property(t => t.Outcome).HasMaxLength(60);
            task.Property(t => t.CompletedBy).HasMaxLength(256);
            task.Ignore(t => t.RoleList);
            task.HasIndex(t => new { t.TenantId, t.Status, t.CreatedUtc });
            task.HasIndex(t => new { t.TenantId, t.ContentItemId });
        });
    }
}
