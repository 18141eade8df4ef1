using GovCms.Content.Fields;

namespace GovCms.Documents;

/// <summary>The validity status of a document (tình trạng hiệu lực), as the national legal database names them.</summary>
public static class DocumentValidity
{
    public const string InForce = "con-hieu-luc";
    public const string Expired = "het-hieu-luc-toan-bo";
    public const string PartlyExpired = "het-hieu-luc-mot-phan";
    public const string Suspended = "ngung-hieu-luc";
    public const string PartlySuspended = "ngung-hieu-luc-mot-phan";
    public const string NotYetInForce = "chua-co-hieu-luc";
    public const string NoLongerApplicable = "khong-con-phu-hop";
    public const string Unknown = "chua-xac-dinh";

    /// <summary>The statuses in the order lists show them, with their Vietnamese labels.</summary>
    public static readonly IReadOnlyList<ChoiceOption> All =
    [
        new(InForce, "Còn hiệu lực"),
        new(Expired, "Hết hiệu lực toàn bộ"),
        new(PartlyExpired, "Hết hiệu lực một phần"),
        new(Suspended, "Ngưng hiệu lực"),
        new(PartlySuspended, "Ngưng hiệu lực một phần"),
        new(NotYetInForce, "Chưa có hiệu lực"),
        new(NoLongerApplicable, "Không còn phù hợp"),
        new(Unknown, "Chưa xác định"),
    ];

    /// <summary>The Vietnamese label of a status; the slug itself when unknown.</summary>
    public static string Label(string? validity) =>
        All.FirstOrDefault(v => v.Value == validity)?.Label ?? validity ?? "";

    /// <summary>Expired, suspended or no longer applicable, wholly or in part: the public page says so at the top.</summary>
    public static bool IsNotInForce(string? validity) =>
        validity is Expired or PartlyExpired or Suspended or PartlySuspended or NoLongerApplicable;
}
