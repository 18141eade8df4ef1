using System.Linq.Expressions;
using GovCms.Content;

namespace GovCms.Media;

/// <summary>A version whose stored parts mention any of the given texts: one query for a whole page of files.</summary>
internal static class MediaUsageQuery
{
    public static Expression<Func<ContentVersionRecord, bool>> DataContainsAny(IEnumerable<string> needles)
    {
        var version = Expression.Parameter(typeof(ContentVersionRecord), "v");
        var data = Expression.Property(version, nameof(ContentVersionRecord.Data));
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        Expression? any = null;
        foreach (var needle in needles)
        {
            // A captured value, so each text is sent as a parameter rather than written into the SQL.
            Expression<Func<string>> value = () => needle;
            var test = Expression.Call(data, contains, value.Body);
            any = any is null ? test : Expression.OrElse(any, test);
        }

        return Expression.Lambda<Func<ContentVersionRecord, bool>>(any ?? Expression.Constant(false), version);
    }
}
