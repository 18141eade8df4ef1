using System.Globalization;
using System.Reflection;
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
    /// <param name="endpoint">The endpoint that was reading: its handler's parameters tell what type a field should have.</param>
    public static BadRequestProblem? Recognize(Exception exception, Endpoint? endpoint) => exception switch
    {
        BadHttpRequestException bad => FromBadHttpRequest(bad, endpoint?.Metadata.GetMetadata<MethodInfo>()),
        // MVC could not read the form: too many fields or values too long (InvalidDataException), or a body over the limit.
        ValueProviderException { InnerException: BadHttpRequestException inner } => FromBadHttpRequest(inner, null),
        ValueProviderException => new BadRequestProblem(400, null, FormMessage),
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

    private static BadRequestProblem FromBadHttpRequest(BadHttpRequestException bad, MethodInfo? handler)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new BadRequestProblem(bad.StatusCode, null, "Dữ liệu gửi lên quá lớn.");
        }

        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return new BadRequestProblem(bad.StatusCode, null, "Nội dung gửi lên phải ở định dạng JSON (Content-Type: application/json).");
        }

        var parameter = ParameterPattern().Match(bad.Message);
        var name = parameter.Success ? parameter.Groups["name"].Value : null;
        var type = handler?.GetParameters().FirstOrDefault(p => p.Name == name)?.ParameterType;
        if (bad.InnerException is JsonException json)
        {
            return FromJson(json, type);
        }

        if (bad.InnerException is BadHttpRequestException inner)
        {
            return FromBadHttpRequest(inner, handler);
        }

        if (bad.Message.StartsWith("Failed to bind parameter", StringComparison.Ordinal) && name is not null)
        {
            var value = ValuePattern().Match(bad.Message) is { Success: true } v ? v.Groups["value"].Value : "";
            return new BadRequestProblem(400, name, $"Giá trị \"{value}\" của \"{name}\" không hợp lệ{KindOf(type)}.");
        }

        if (bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            return new BadRequestProblem(400, "body", "Yêu cầu thiếu nội dung JSON.");
        }

        return name is not null
            ? new BadRequestProblem(400, name, $"Thiếu giá trị \"{name}\".")
            : new BadRequestProblem(bad.StatusCode, null, ErrorPages.TextFor(bad.StatusCode).Detail);
    }

    /// <param name="body">The type the body is read as.</param>
    private static BadRequestProblem FromJson(JsonException json, Type? body)
    {
        var field = json.Path is null or "$" ? "body" : json.Path.StartsWith("$.", StringComparison.Ordinal) ? json.Path[2..] : json.Path;
        if (json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            return field == "body"
                ? new BadRequestProblem(400, field, "Nội dung yêu cầu không đúng kiểu: phải là một đối tượng JSON.")
                : new BadRequestProblem(400, field, $"Giá trị của \"{field}\" không đúng kiểu{KindOf(TypeAt(body, field))}.");
        }

        var where = json.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $" ở dòng {line + 1}, vị trí {json.BytePositionInLine + 1}")
            : "";
        return new BadRequestProblem(400, field, $"Dữ liệu JSON không hợp lệ{where}.");
    }

    /// <summary>What a value of <paramref name="type"/> must look like, in Vietnamese (", phải là một số nguyên"); empty when unknown.</summary>
    private static string KindOf(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            null => "",
            _ when type == typeof(bool) => ": phải là true hoặc false",
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) => ": phải là một số nguyên",
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => ": phải là một số",
            _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => ": phải là ngày giờ theo ISO 8601, ví dụ 2026-03-01T08:00:00+07:00",
            _ when type == typeof(DateOnly) => ": phải là ngày theo ISO 8601, ví dụ 2026-03-01",
            _ when type == typeof(string) => ": phải là một chuỗi",
            { IsEnum: true } => $": phải là một trong {string.Join(", ", Enum.GetNames(type))}",
            _ when ElementOf(type) is not null => ": phải là một danh sách",
            _ => ": phải là một đối tượng JSON",
        };
    }

    /// <summary>The type of the value at a JSON path ("categories[0]", "steps[1].roles") of a body of type <paramref name="root"/>.</summary>
    private static Type? TypeAt(Type? root, string path)
    {
        var type = root;
        foreach (var segment in path.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            type = type?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
            for (var i = bracket; i >= 0 && type is not null; i = segment.IndexOf('[', i + 1))
            {
                type = ElementOf(type);
            }
        }

        return type;
    }

    private static Type? ElementOf(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static string TooLarge(long limit) => $"Dữ liệu gửi lên quá lớn: tối đa {GovCms.Media.MediaSize.Format(limit)}.";

    [GeneratedRegex("parameter \"(?<type>[^\"]*) (?<name>[^\" ]+)\"")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex("\" from \"(?<value>.*)\"\\.?$")]
    private static partial Regex ValuePattern();
}
