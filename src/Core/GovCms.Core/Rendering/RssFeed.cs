using System.Globalization;
using System.Text;
using System.Xml;

namespace GovCms.Rendering;

/// <summary>An RSS 2.0 document; every link is absolute. The one feed writer of every module (news, categories, documents).</summary>
public static class RssFeed
{
    /// <summary>The Content-Type a feed is served with.</summary>
    public const string ContentType = "application/rss+xml; charset=utf-8";

    public sealed record Entry(string Title, string Link, string Summary, DateTime DateUtc, string? Category);

    public static string Write(string title, string link, string selfLink, string description, IReadOnlyList<Entry> entries)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, OmitXmlDeclaration = false }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, "http://www.w3.org/2005/Atom");
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", title);
            xml.WriteElementString("link", link);
            xml.WriteElementString("description", description);
            xml.WriteElementString("language", "vi");
            xml.WriteStartElement("atom", "link", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("href", selfLink);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            if (entries.Count > 0)
            {
                xml.WriteElementString("lastBuildDate", Rfc822(entries.Max(e => e.DateUtc)));
            }

            foreach (var entry in entries)
            {
                xml.WriteStartElement("item");
                xml.WriteElementString("title", entry.Title);
                xml.WriteElementString("link", entry.Link);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(entry.Link);
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", Rfc822(entry.DateUtc));
                if (entry.Summary.Length > 0)
                {
                    xml.WriteElementString("description", entry.Summary);
                }

                if (entry.Category is not null)
                {
                    xml.WriteElementString("category", entry.Category);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        // StringBuilder output is declared UTF-16; the feed is sent as UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static string Rfc822(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("r", CultureInfo.InvariantCulture);
}
