namespace GovCms.Media;

/// <summary>
/// Marks an endpoint that uploads into the media library: its request may carry the largest file of any kind
/// (<see cref="MediaOptions.LargestUpload"/>) plus the form around it, instead of the image limit of other forms.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class MediaUploadAttribute : Attribute;
