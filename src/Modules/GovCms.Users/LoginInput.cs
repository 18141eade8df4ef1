using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace GovCms.Users;

/// <summary>
/// The body of POST /api/auth/login, read by hand so that a value of the wrong type ("remember": "có")
/// is answered with a message for its field instead of a bare 400.
/// </summary>
public sealed record LoginInput(string UserName, string Password, bool Remember)
{
    private static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    /// <returns>The input, or null with the errors by field.</returns>
    public static async Task<(LoginInput? Input, IReadOnlyDictionary<string, string> Errors)> ReadAsync(HttpRequest request)
    {
        JsonObject? body;
        try
        {
            body = request.HasJsonContentType() ? await JsonNode.ParseAsync(request.Body, CaseInsensitive) as JsonObject : null;
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            return (null, new Dictionary<string, string> { [""] = "Nội dung gửi lên phải là một đối tượng JSON: {\"userName\": \"...\", \"password\": \"...\", \"remember\": false}." });
        }

        var errors = new Dictionary<string, string>();
        var userName = Text(body, "userName", errors);
        var password = Text(body, "password", errors);
        var remember = false;
        if (body["remember"] is { } value && !(value.GetValueKind() is JsonValueKind.Null))
        {
            if (value.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
            {
                remember = value.GetValue<bool>();
            }
            else
            {
                errors["remember"] = "Giá trị \"remember\" phải là true hoặc false.";
            }
        }

        if (errors.Count == 0 && (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password)))
        {
            errors["userName"] = "Vui lòng nhập tên đăng nhập và mật khẩu.";
        }

        return errors.Count > 0 ? (null, errors) : (new LoginInput(userName!, password!, remember), errors);
    }

    private static string? Text(JsonObject body, string field, Dictionary<string, string> errors)
    {
        var value = body[field];
        if (value is null || value.GetValueKind() is JsonValueKind.Null)
        {
            return null;
        }

        if (value.GetValueKind() is JsonValueKind.String)
        {
            return value.GetValue<string>();
        }

        errors[field] = $"Giá trị \"{field}\" phải là một chuỗi ký tự.";
        return null;
    }
}
