using System.Text;

namespace GovCms.Import;

/// <summary>RFC 4180 records of a CSV text: fields in double quotes may hold the delimiter, doubled quotes and line breaks.</summary>
internal static class CsvRecords
{
    public sealed record Record(int Line, List<string> Fields);

    /// <summary>Semicolon when the header line has more semicolons than commas outside quotes (Excel's export with a Vietnamese locale), else comma.</summary>
    public static char DelimiterOf(string text)
    {
        var (commas, semicolons, quoted) = (0, 0, false);
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    public static List<Record> Split(string text, char delimiter)
    {
        var records = new List<Record>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, start, quoted, any) = (1, 1, false, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            if (c == '"')
            {
                quoted = any = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                any = true;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                records.Add(new Record(start, fields));
                (fields, field, any) = (new List<string>(), new StringBuilder(), false);
                start = ++line;
            }
            else
            {
                field.Append(c);
                any = true;
            }
        }

        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            records.Add(new Record(start, fields));
        }

        return records;
    }
}
