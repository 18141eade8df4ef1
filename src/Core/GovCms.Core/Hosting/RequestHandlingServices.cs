using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Hosting;

/// <summary>How malformed requests are answered: limits, and Vietnamese messages instead of the framework's English ones.</summary>
public static class RequestHandlingServices
{
    public static IServiceCollection AddGovCmsRequestHandling(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RequestLimitOptions>(configuration.GetSection("GovCms:Limits"));
        // A value the minimal APIs cannot bind throws in every environment, so BadRequests can name the field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<MvcOptions>(options =>
        {
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"Giá trị \"{value}\" không hợp lệ.");
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
            messages.SetValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
            messages.SetUnknownValueIsInvalidAccessor(_ => "Giá trị đã nhập không hợp lệ.");
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị đã nhập không hợp lệ.");
            messages.SetValueMustBeANumberAccessor(_ => "Hãy nhập một số.");
            messages.SetNonPropertyValueMustBeANumberAccessor(() => "Hãy nhập một số.");
            messages.SetValueMustNotBeNullAccessor(_ => "Vui lòng nhập giá trị.");
            messages.SetMissingBindRequiredValueAccessor(_ => "Vui lòng nhập giá trị.");
            messages.SetMissingKeyOrValueAccessor(() => "Vui lòng nhập giá trị.");
            messages.SetMissingRequestBodyRequiredValueAccessor(() => "Yêu cầu thiếu nội dung.");
        });
        return services;
    }
}
