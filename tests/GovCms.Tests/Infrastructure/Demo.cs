namespace GovCms.Tests.Infrastructure;

/// <summary>The demo network the host provisions on an empty database, as the tests address it.</summary>
public static class Demo
{
    public const string Password = "Test@2026pass";

    /// <summary>The root: Tỉnh Thanh Hóa, reached without a prefix.</summary>
    public const string Province = "tinh-thanh-hoa";
    public const string District = "thi-xa-bim-son";
    public const string Commune = "phuong-dong-son";
    public const string SiblingCommune = "phuong-lam-son";
    /// <summary>A commune of the other district.</summary>
    public const string OtherDistrictCommune = "xa-xuan-hong";

    public static string Administrator(string slug) => $"quantri.{slug}";

    public static string Author(string slug) => $"canbo.{slug}";

    /// <summary>The path a tenant's URLs start with: "" for the root province, "/slug" for the others.</summary>
    public static string Base(string slug) => slug == Province ? "" : "/" + slug;
}
