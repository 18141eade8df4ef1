namespace GovCms.Workflows.Scheduling;

/// <summary>A job that must not be done any more (the item changed meanwhile): it is closed with this reason, not tried again.</summary>
internal sealed class JobRefusedException(string message) : Exception(message);
