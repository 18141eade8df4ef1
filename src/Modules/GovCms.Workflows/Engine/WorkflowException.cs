namespace GovCms.Workflows.Engine;

/// <summary>A step could not be done; the message, in Vietnamese, says why and is shown to the user.</summary>
public sealed class WorkflowException(string message) : Exception(message);
