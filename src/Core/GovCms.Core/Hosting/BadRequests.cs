using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GovCms.Hosting;

/// <summary>A request the framework could not read: its status, the field it is about (null for the whole request), and why.</summary>
public sealed record BadRequestProblem(int Status, string? Field, string Message);

/// <summary>
/// Turns what ASP.NET Core throws on a malformed request (a value of the wrong type, JSON that is not JSON, a
/// missing body, a body too large, a form with too many fields) into a 400, 413 or 415 with a Vietnamese
/// message: problem details with the field for the API (through <see cref="ApiResults"/>), an error page for people.
/// </summary>
public static partial class BadRequests
{
    public static BadRequestProblem? Recognize(Exception exception) => exception switch
    {
        BadHttpRequestException bad => FromBadHttpRequest(bad),
        ValueProviderException { InnerException: { } inner } => Recognize(inner) ?? new BadRequestProblem(400, null, FormMessage),
        InvalidDataException => new BadRequestProblem(400, null, FormMessage),
        _ => null,
    };

    public static Task WriteTooLargeAsync(HttpContext context, long limit) =>
        WriteAsync(context, new BadRequestProblem(StatusCodes.Status413PayloadTooLarge, null, TooLarge(limit)), limit);

    public static Task WriteAsync(HttpContext context, BadRequestProblem problem, long? limit)
    {
        context.Response.Clear();
        if (!ErrorPages.IsApiRequest(context))
        {
            return ErrorPages.WriteAsync(context, problem.Status);
        }

        var message = problem.Status == StatusCodes.Status413PayloadTooLarge && limit is not null ? TooLarge(limit.Value) : problem.Message;
        var result = problem.Field is not null && problem.Status == StatusCodes.Status400BadRequest
            ? ApiResults.Invalid(new Dictionary<string, string> { [problem.Field] = message })
            : ApiResults.Problem(problem.Status, message);
        return result.ExecuteAsync(context);
    }

    private const string FormMessage = "Biểu mẫu gửi lên có quá nhiều trường hoặc không đúng định dạng.";

    private static BadRequestProblem FromBadHttpRequest(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new BadRequestProblem(bad.StatusCode, null, "Dữ liệu gửi lên quá lớn.");
        }

        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return new BadRequestProblem(bad.StatusCode, null, "Nội dung gửi lên phải ở định dạng JSON (Content-Type: application/json).");
        }

        if (bad.InnerException is JsonException json)
        {
            return FromJson(json);
        }

        if (bad.InnerException is BadHttpRequestException inner)
        {
            return FromBadHttpRequest(inner);
        }

        var parameter = ParameterPattern().Match(bad.Message);
        var name = parameter.Success ? parameter.Groups["name"].Value : null;
        if (bad.Message.StartsWith("Failed to bind parameter", StringComparison.Ordinal) && name is not null)
        {
            var value = ValuePattern().Match(bad.Message) is { Success: true } v ? v.Groups["value"].Value : "";
            return new BadRequestProblem(400, name, $"Giá trị \"{value}\" của \"{name}\" không hợp lệ{KindOf(parameter.Groups["type"].Value)}.");
        }

        if (bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            return new BadRequestProblem(400, "body", "Yêu cầu thiếu nội dung JSON.");
        }

        return name is not null
            ? new BadRequestProblem(400, name, $"Thiếu giá trị \"{name}\".")
            : new BadRequestProblem(bad.StatusCode, null, ErrorPages.TextFor(bad.StatusCode).Detail);
    }

    private static BadRequestProblem FromJson(JsonException json)
    {
        var field = json.Path is null or "$" ? "body" : json.Path.StartsWith("$.", StringComparison.Ordinal) ? json.Path[2..] : json.Path;
        var type = ConvertedTo().Match(json.Message);
        if (type.Success)
        {
            return new BadRequestProblem(400, field, $"Giá trị của \"{field}\" không đúng kiểu{KindOf(type.Groups["type"].Value)}.");
        }

        var where = json.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $" ở dòng {line + 1}, vị trí {json.BytePositionInLine + 1}")
            : "";
        return new BadRequestProblem(400, field, $"Dữ liệu JSON không hợp lệ{where}.");
    }

    /// <summary>What a value of a .NET type must look like, in Vietnamese (", phải là một số nguyên"); empty when unsure.</summary>
    private static string KindOf(string type)
    {
        var name = type.Replace("System.Nullable`1[", "").Replace("System.", "").TrimEnd('?', ']');
        return name switch
        {
            "Boolean" or "bool" => ": phải là true hoặc false",
            "Int16" or "Int32" or "Int64" or "Byte" or "int" or "long" or "short" or "byte" => ": phải là một số nguyên",
            "Double" or "Single" or "Decimal" or "double" or "float" or "decimal" => ": phải là một số",
            "DateTime" or "DateTimeOffset" => ": phải là ngày giờ theo ISO 8601, ví dụ 2026-03-01T08:00:00+07:00",
            "String" or "string" => ": phải là một chuỗi",
            _ when name.Contains("List`1", StringComparison.Ordinal) || name.EndsWith("[]", StringComparison.Ordinal) => ": phải là một danh sách",
            _ => "",
        };
    }

    private static string TooLarge(long limit) =>
        $"Dữ liệu gửi lên quá lớn: tối đa {(limit >= 1024 * 1024 ? $"{limit / 1024.0 / 1024.0:0.#} MB" : $"{Math.Max(1, limit / 1024)} KB")}.";

    [GeneratedRegex("parameter \"(?<type>[^\"]*) (?<name>[^\" ]+)\"")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex("\" from \"(?<value>.*)\"\\.?$")]
    private static partial Regex ValuePattern();

    [GeneratedRegex("converted to (?<type>[^ ]+)\\. Path")]
    private static partial Regex ConvertedTo();
}
