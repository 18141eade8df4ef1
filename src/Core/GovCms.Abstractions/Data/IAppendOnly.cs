namespace GovCms.Data;

/// <summary>An entity whose rows are written once: saving a change or a removal of one is refused.</summary>
public interface IAppendOnly;
