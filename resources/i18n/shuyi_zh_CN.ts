<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>CataloguePage</name>
        <message>
            <source>Catalogue</source>
            <translation>图书</translation>
        </message>
        <message>
            <source>Title, author, publisher, pinyin initials, ISBN, call number or copy code — or scan</source>
            <translation>题名、责任者、出版社、拼音首字母、ISBN、索书号或图书条码——也可直接扫码</translation>
        </message>
        <message>
            <source>Add title…</source>
            <translation>新增图书…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <source>Print labels…</source>
            <translation>打印标签…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Add copies…</source>
            <translation>增加复本…</translation>
        </message>
        <message>
            <source>Receive issue…</source>
            <translation>登记到刊…</translation>
        </message>
        <message>
            <source>Issues received</source>
            <translation>已到期刊</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>责任者</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>出版者</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>出版年</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>分类号</translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>主题词</translation>
        </message>
        <message>
            <source>Choose a title to see its copies.</source>
            <translation>选择一种图书以查看其馆藏册。</translation>
        </message>
        <message>
            <source>{n} titles in the catalogue</source>
            <translation>目录中共 {n} 种图书</translation>
        </message>
        <message>
            <source>The catalogue is empty: add a title or import a file.</source>
            <translation>目录为空：请新增图书或导入文件。</translation>
        </message>
        <message>
            <source>Nothing found for “{q}”.</source>
            <translation>没有找到“{q}”。</translation>
        </message>
        <message>
            <source>Copy {code}:</source>
            <translation>图书条码 {code}：</translation>
        </message>
        <message>
            <source>{n} titles found</source>
            <translation>找到 {n} 种图书</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>reading room</source>
            <translation>职工书屋</translation>
        </message>
        <message>
            <source>service station</source>
            <translation>服务站</translation>
        </message>
        <message>
            <source>Upgraded the database at {path} from schema {old}; backup: {backup}</source>
            <translation>已将数据库 {path} 从结构版本 {old} 升级；备份：{backup}</translation>
        </message>
        <message>
            <source>Created a new database at {path}</source>
            <translation>已新建数据库：{path}</translation>
        </message>
        <message>
            <source>Upgraded the database at {path} from schema {old}</source>
            <translation>已将数据库 {path} 从结构版本 {old} 升级</translation>
        </message>
        <message>
            <source>Backup of the old database: {backup}</source>
            <translation>旧数据库的备份：{backup}</translation>
        </message>
        <message>
            <source>The database at {path} is up to date</source>
            <translation>数据库 {path} 已是最新结构</translation>
        </message>
        <message>
            <source>Loaded the {size} demo: {sites} sites in {county}, {titles} titles with {copies} copies, {readers} readers</source>
            <translation>已载入演示数据（{size}）：{county}的 {sites} 个站点，{titles} 种图书共 {copies} 册，{readers} 位读者</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>站点</translation>
        </message>
        <message>
            <source>Reading rooms</source>
            <translation>职工书屋</translation>
        </message>
        <message>
            <source>Service stations</source>
            <translation>服务站</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Titles</source>
            <translation>图书种数</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>册数</translation>
        </message>
        <message>
            <source>Readers</source>
            <translation>读者</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>unexpected error ({detail}); set SHUYI_DEBUG=1 for details</source>
            <translation>意外错误（{detail}）；设置 SHUYI_DEBUG=1 可查看详情</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>责任者</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>分类号</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>索书号</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>书屋</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>读者证号</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>读者类型</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>出版者</translation>
        </message>
        <message>
            <source>Imported {n} records…</source>
            <translation>已导入 {n} 条记录…</translation>
        </message>
        <message>
            <source>{read} records read: {added} new titles, {matched} already catalogued, {copies} copies added, {present} copies already imported, {rejected} rejected</source>
            <translation>读取 {read} 条记录：新增 {added} 种图书，{matched} 种已在目录中，新增 {copies} 册，{present} 册此前已导入，拒收 {rejected} 条</translation>
        </message>
        <message>
            <source>{read} rows read: {added} readers added, {matched} already registered, {rejected} rejected</source>
            <translation>读取 {read} 行：新增读者 {added} 位，{matched} 位已登记，拒收 {rejected} 行</translation>
        </message>
        <message>
            <source>  {where}: {reason} {detail}</source>
            <translation>  {where}：{reason} {detail}</translation>
        </message>
        <message>
            <source>Say which template and where the PDF goes: --template NAME --out FILE.pdf</source>
            <translation>请指定模板和 PDF 保存位置：--template 名称 --out 文件.pdf</translation>
        </message>
        <message>
            <source>Calibration page for {template} written to {file}</source>
            <translation>{template} 的校准页已保存到 {file}</translation>
        </message>
        <message>
            <source>{labels} labels on {pages} pages ({template}) written to {file}</source>
            <translation>{labels} 个标签，共 {pages} 页（{template}），已保存到 {file}</translation>
        </message>
        <message>
            <source>{n} copies without a call number were left out</source>
            <translation>{n} 册没有索书号，未打印书标</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>模板</translation>
        </message>
        <message>
            <source>Label (mm)</source>
            <translation>标签尺寸（毫米）</translation>
        </message>
        <message>
            <source>Per sheet</source>
            <translation>每张数量</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Name the gLabels template file to import</source>
            <translation>请指定要导入的 gLabels 模板文件</translation>
        </message>
        <message>
            <source>{added} templates added, {updated} updated, {unchanged} unchanged, {skipped} skipped</source>
            <translation>新增模板 {added} 个，更新 {updated} 个，未变 {unchanged} 个，跳过 {skipped} 个</translation>
        </message>
        <message>
            <source>Name the printer: --printer NAME</source>
            <translation>请指定打印机：--printer 名称</translation>
        </message>
        <message>
            <source>Calibration saved for {printer}: offset {dx} × {dy} mm, scale {sx} × {sy}</source>
            <translation>已保存 {printer} 的校准：偏移 {dx} × {dy} 毫米，缩放 {sx} × {sy}</translation>
        </message>
    </context>
    <context>
        <name>CopiesDialog</name>
        <message>
            <source>Add copies</source>
            <translation>增加复本</translation>
        </message>
        <message>
            <source>&amp;Number of copies</source>
            <translation>册数(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Shelf</source>
            <translation>架位(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>CopyTableModel</name>
        <message>
            <source>Code</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>书屋</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>索书号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Shelf</source>
            <translation>架位</translation>
        </message>
        <message>
            <source>Acquired</source>
            <translation>入藏日期</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>书标</translation>
        </message>
        <message>
            <source>On shelf</source>
            <translation>在馆</translation>
        </message>
        <message>
            <source>On loan</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>In transit</source>
            <translation>在途</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>遗失</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>剔除</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>已打印</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>未打印</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong: {detail}</source>
            <translation>出现错误：{detail}</translation>
        </message>
        <message>
            <source>Unsupported database address: {url} (use a file path, sqlite:/// or postgresql+psycopg://)</source>
            <translation>不支持的数据库地址：{url}（请使用文件路径、sqlite:/// 或 postgresql+psycopg://）</translation>
        </message>
        <message>
            <source>No database at {path}; create one with: shuyi init --db {path}</source>
            <translation>{path} 处没有数据库；请先创建：shuyi init --db {path}</translation>
        </message>
        <message>
            <source>Cannot read the database file {path}: {reason}</source>
            <translation>无法读取数据库文件 {path}：{reason}</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file</source>
            <translation>{path} 是文件夹，不是数据库文件</translation>
        </message>
        <message>
            <source>Cannot create {path}: {folder} is a file, not a folder</source>
            <translation>无法创建 {path}：{folder} 是文件，不是文件夹</translation>
        </message>
        <message>
            <source>{path} is not a database file</source>
            <translation>{path} 不是数据库文件</translation>
        </message>
        <message>
            <source>{path} is a database of another program, not of Shuyi</source>
            <translation>{path} 是其他程序的数据库，不是书驿的数据库</translation>
        </message>
        <message>
            <source>The database was made by a newer version of Shuyi (schema {revision}); please upgrade Shuyi</source>
            <translation>该数据库由更新版本的书驿创建（结构版本 {revision}），请先升级书驿</translation>
        </message>
        <message>
            <source>Could not make the backup copy {path} before upgrading, so nothing was changed: {reason}</source>
            <translation>升级前无法创建备份 {path}，因此未做任何更改：{reason}</translation>
        </message>
        <message>
            <source>The database is busy with another program or computer; nothing was changed, please try again</source>
            <translation>数据库正被其他程序或电脑使用，未做任何更改，请稍后重试</translation>
        </message>
        <message>
            <source>The database cannot be written (read-only file or folder); nothing was changed</source>
            <translation>数据库无法写入（文件或文件夹为只读），未做任何更改</translation>
        </message>
        <message>
            <source>The disk is full; nothing was changed</source>
            <translation>磁盘已满，未做任何更改</translation>
        </message>
        <message>
            <source>Cannot open the database {url}: {reason}</source>
            <translation>无法打开数据库 {url}：{reason}</translation>
        </message>
        <message>
            <source>Site code {code!r} is not valid: 2 to 6 capital letters or digits, starting with a letter</source>
            <translation>站点代码 {code!r} 无效：应为 2 至 6 位大写字母或数字，并以字母开头</translation>
        </message>
        <message>
            <source>Site code {code} is already in use</source>
            <translation>站点代码 {code} 已被使用</translation>
        </message>
        <message>
            <source>Coordinate {lng}, {lat} is not a valid longitude and latitude</source>
            <translation>坐标 {lng}, {lat} 不是有效的经纬度</translation>
        </message>
        <message>
            <source>{field} must not be empty</source>
            <translation>{field} 不能为空</translation>
        </message>
        <message>
            <source>Demo data goes only into an empty database; this one already has {sites} sites</source>
            <translation>演示数据只能载入空数据库；此数据库已有 {sites} 个站点</translation>
        </message>
        <message>
            <source>There is no setting called {key}</source>
            <translation>没有名为 {key} 的设置项</translation>
        </message>
        <message>
            <source>{value!r} is not a valid value for setting {key}</source>
            <translation>{value!r} 不是设置项 {key} 的有效值</translation>
        </message>
        <message>
            <source>Could not write the file {path}</source>
            <translation>无法写入文件 {path}</translation>
        </message>
        <message>
            <source>{isbn} is not a valid ISBN ({problem})</source>
            <translation>{isbn} 不是有效的 ISBN（{problem}）</translation>
        </message>
        <message>
            <source>{code} is not a Shuyi code (it may belong to another system)</source>
            <translation>{code} 不是书驿的条码（可能属于其他系统）</translation>
        </message>
        <message>
            <source>{code} fails its check character: it was misread or mistyped</source>
            <translation>{code} 校验位不符：扫描或输入有误</translation>
        </message>
        <message>
            <source>{code} is a valid code but names nothing in this database</source>
            <translation>{code} 是有效条码，但本数据库中没有对应的记录</translation>
        </message>
        <message>
            <source>{clc} is not a 中图法 class number (e.g. I247.57, D412.6)</source>
            <translation>{clc} 不是中图法分类号（例如 I247.57、D412.6）</translation>
        </message>
        <message>
            <source>{title} (ISBN {isbn}) is already in the catalogue</source>
            <translation>《{title}》（ISBN {isbn}）已在目录中</translation>
        </message>
        <message>
            <source>There is no title number {id}</source>
            <translation>没有编号为 {id} 的图书</translation>
        </message>
        <message>
            <source>There is no site with code {code}</source>
            <translation>没有代码为 {code} 的站点</translation>
        </message>
        <message>
            <source>{phone} is not a mainland mobile number (11 digits starting 13–19)</source>
            <translation>{phone} 不是有效的手机号码（11位，以13–19开头）</translation>
        </message>
        <message>
            <source>There is no reader type called {name}</source>
            <translation>没有名为“{name}”的读者类型</translation>
        </message>
        <message>
            <source>A reader type called {name} already exists</source>
            <translation>读者类型“{name}”已存在</translation>
        </message>
        <message>
            <source>Loan rules must allow 0 or more loans, 1 or more days and 0 or more renewals</source>
            <translation>借阅规则须为：可借册数不少于0，借期不少于1天，续借次数不少于0</translation>
        </message>
        <message>
            <source>Reader card {code} is already in use</source>
            <translation>读者证号 {code} 已被使用</translation>
        </message>
        <message>
            <source>There is no reader number {id}</source>
            <translation>没有编号为 {id} 的读者</translation>
        </message>
        <message>
            <source>No column of {path} holds the title (题名/书名); map one and try again</source>
            <translation>{path} 中没有题名（题名/书名）列，请指定后重试</translation>
        </message>
        <message>
            <source>No column of {path} holds the reader's name (姓名); map one and try again</source>
            <translation>{path} 中没有读者姓名（姓名）列，请指定后重试</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was imported</source>
            <translation>导入已取消，未导入任何数据</translation>
        </message>
        <message>
            <source>Say which reading room this is for (--room CODE); this database has: {rooms}</source>
            <translation>请指定所属职工书屋（--room 代码）；本数据库中有：{rooms}</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>无法读取 {path}：{reason}</translation>
        </message>
        <message>
            <source>{title} is a book, not a periodical: issues are received for periodicals</source>
            <translation>《{title}》是图书，不是报刊：只有报刊才登记到刊</translation>
        </message>
        <message>
            <source>{code} is a service station, not a reading room: books and readers belong to rooms</source>
            <translation>{code} 是服务站，不是职工书屋：图书和读者只属于职工书屋</translation>
        </message>
        <message>
            <source>Call number {call} is already another title's in this room</source>
            <translation>{call} 已是本书屋另一种图书的索书号</translation>
        </message>
        <message>
            <source>Cannot read the label template file {path}: {reason}; nothing was imported</source>
            <translation>无法读取标签模板文件 {path}：{reason}；未导入任何模板</translation>
        </message>
        <message>
            <source>{path} is not a gLabels template file (it holds &lt;{root}&gt;); nothing was imported</source>
            <translation>{path} 不是 gLabels 模板文件（其内容为 &lt;{root}&gt;）；未导入任何模板</translation>
        </message>
        <message>
            <source>Label template {name} in {path} has a missing or invalid {field} ({value!r}); nothing was imported</source>
            <translation>{path} 中的标签模板 {name} 缺少 {field} 或其值无效（{value!r}）；未导入任何模板</translation>
        </message>
        <message>
            <source>There is no label template called {name} (close names: {suggestions})</source>
            <translation>没有名为 {name} 的标签模板（相近的有：{suggestions}）</translation>
        </message>
        <message>
            <source>Printer calibration {field} = {value} is out of range ({low} to {high}); nothing was saved</source>
            <translation>打印机校准值 {field} = {value} 超出范围（{low} 至 {high}）；未保存</translation>
        </message>
        <message>
            <source>There are no labels to print</source>
            <translation>没有要打印的标签</translation>
        </message>
        <message>
            <source>Cannot skip {skip} labels: a sheet of this template holds {per_page}, so skip 0 to {last}</source>
            <translation>无法跳过 {skip} 个标签：此模板每张 {per_page} 个，只能跳过 0 至 {last} 个</translation>
        </message>
        <message>
            <source>{columns}×{rows} labels of {label} mm do not fit on the template's {page} mm page</source>
            <translation>{columns}×{rows} 个 {label} 毫米的标签放不进该模板 {page} 毫米的纸张</translation>
        </message>
        <message>
            <source>A {size} mm label is too small for a QR code that scans reliably (it needs at least {needed} mm)</source>
            <translation>{size} 毫米的标签太小，放不下能可靠扫描的二维码（至少需要 {needed} 毫米）</translation>
        </message>
        <message>
            <source>No Chinese TrueType font was found for printing (looked for {fonts}); please reinstall Shuyi</source>
            <translation>未找到用于打印的中文 TrueType 字体（已查找 {fonts}）；请重新安装书驿</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to Shuyi</source>
            <translation>欢迎使用书驿</translation>
        </message>
        <message>
            <source>This database is new. Start with an empty one for your own reading rooms and stations, or load demo data from {county} to look around first.</source>
            <translation>这是一个新的数据库。您可以从空白开始，录入自己的职工书屋和服务站；也可以先载入{county}的演示数据，熟悉一下功能。</translation>
        </message>
        <message>
            <source>Start empty</source>
            <translation>从空白开始</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>载入演示数据</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>record {n}</source>
            <translation>第 {n} 条记录</translation>
        </message>
        <message>
            <source>row {n}</source>
            <translation>第 {n} 行</translation>
        </message>
        <message>
            <source>bad ISBN</source>
            <translation>ISBN 无效</translation>
        </message>
        <message>
            <source>missing title</source>
            <translation>缺少题名</translation>
        </message>
        <message>
            <source>missing name</source>
            <translation>缺少姓名</translation>
        </message>
        <message>
            <source>bad mobile number</source>
            <translation>手机号码无效</translation>
        </message>
        <message>
            <source>undecodable bytes</source>
            <translation>无法解码的字节</translation>
        </message>
        <message>
            <source>broken record</source>
            <translation>记录已损坏</translation>
        </message>
        <message>
            <source>bad value</source>
            <translation>数值无效</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>责任者</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>出版者</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>出版地</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>出版年</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页数</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Class (中图法)</source>
            <translation>中图法分类号</translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>主题词</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>册数</translation>
        </message>
        <message>
            <source>Old barcode</source>
            <translation>原条码</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>索书号</translation>
        </message>
        <message>
            <source>Shelf</source>
            <translation>架位</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Union card number</source>
            <translation>工会会员卡号</translation>
        </message>
        <message>
            <source>Reader type</source>
            <translation>读者类型</translation>
        </message>
        <message>
            <source>Reader card</source>
            <translation>读者证号</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; 上一步(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>下一步(&amp;N) &gt;</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>&amp;Books (CSV, Excel, MARC, MARCXML)</source>
            <translation>图书(&amp;B)（CSV、Excel、MARC、MARCXML）</translation>
        </message>
        <message>
            <source>&amp;Readers (CSV, Excel)</source>
            <translation>读者(&amp;R)（CSV、Excel）</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <source>What</source>
            <translation>导入内容</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>Reading &amp;room</source>
            <translation>职工书屋(&amp;R)</translation>
        </message>
        <message>
            <source>Importing the same records again adds nothing: a row that matches one imported before (same book, same room) makes no new copy. To add copies of a book already here, use Add copies… on the catalogue page. Rejected records are listed at the end; the good ones go in.</source>
            <translation>重复导入相同的记录不会新增任何内容：与此前导入过的记录（同一本书、同一书屋）相同的行不会再增加复本。如需为已有图书增加复本，请在“图书”页面使用“增加复本…”。无效的记录会在最后列出，有效的记录照常导入。</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>选择要导入的文件</translation>
        </message>
        <message>
            <source>Catalogue files (*.csv *.txt *.xlsx *.mrc *.iso *.dat *.xml);;All files (*)</source>
            <translation>书目文件 (*.csv *.txt *.xlsx *.mrc *.iso *.dat *.xml);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Say what each column holds. Columns left as “(not imported)” are skipped; identity-card numbers are never imported.</source>
            <translation>请指定每一列的内容。标为“（不导入）”的列将被跳过；身份证号码一律不导入。</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>（不导入）</translation>
        </message>
        <message>
            <source>Identity-card numbers are never imported.</source>
            <translation>身份证号码一律不导入。</translation>
        </message>
        <message>
            <source>{rows} rows; the first {shown} are shown.</source>
            <translation>共 {rows} 行；显示前 {shown} 行。</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>取消导入</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>正在导入 {file}…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>{read} rows read: {added} readers added, {matched} already registered, {rejected} rejected.</source>
            <translation>读取 {read} 行：新增读者 {added} 位，{matched} 位已登记，拒收 {rejected} 行。</translation>
        </message>
        <message>
            <source>{read} records read: {added} new titles, {matched} already in the catalogue, {copies} copies added, {present} copies imported before, {rejected} rejected.</source>
            <translation>读取 {read} 条记录：新增 {added} 种图书，{matched} 种已在目录中，新增 {copies} 册，{present} 册此前已导入，拒收 {rejected} 条。</translation>
        </message>
        <message>
            <source>record {n}</source>
            <translation>第 {n} 条记录</translation>
        </message>
        <message>
            <source>row {n}</source>
            <translation>第 {n} 行</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>Choose a file to import.</source>
            <translation>请选择要导入的文件。</translation>
        </message>
        <message>
            <source>Choose the column that holds the {what}.</source>
            <translation>请指定“{what}”所在的列。</translation>
        </message>
    </context>
    <context>
        <name>IssueDialog</name>
        <message>
            <source>Receive an issue</source>
            <translation>登记到刊</translation>
        </message>
        <message>
            <source>e.g. 2026年第11期</source>
            <translation>例如 2026年第11期</translation>
        </message>
        <message>
            <source>&amp;Issue</source>
            <translation>期号(&amp;I)</translation>
        </message>
        <message>
            <source>Enter the issue, e.g. 2026年第11期.</source>
            <translation>请输入期号，例如 2026年第11期。</translation>
        </message>
    </context>
    <context>
        <name>LabelPrintDialog</name>
        <message>
            <source>Print reader cards</source>
            <translation>打印读者证</translation>
        </message>
        <message>
            <source>Print labels</source>
            <translation>打印标签</translation>
        </message>
        <message>
            <source>Reader cards</source>
            <translation>读者证</translation>
        </message>
        <message>
            <source>Book labels</source>
            <translation>图书标签</translation>
        </message>
        <message>
            <source>Spine labels</source>
            <translation>书标</translation>
        </message>
        <message>
            <source>e.g. I247</source>
            <translation>例如 I247</translation>
        </message>
        <message>
            <source>e.g. I247.57/20</source>
            <translation>例如 I247.57/20</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>类型(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Template</source>
            <translation>模板(&amp;T)</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印内容</translation>
        </message>
        <message>
            <source>All reading rooms</source>
            <translation>全部职工书屋</translation>
        </message>
        <message>
            <source>Reading &amp;room</source>
            <translation>职工书屋(&amp;R)</translation>
        </message>
        <message>
            <source>Skip the first</source>
            <translation>跳过前</translation>
        </message>
        <message>
            <source>labels of the sheet</source>
            <translation>个标签（已用过的位置）</translation>
        </message>
        <message>
            <source>Printer calibration</source>
            <translation>打印机校准</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>The selected readers ({n})</source>
            <translation>所选读者（{n} 位）</translation>
        </message>
        <message>
            <source>All readers</source>
            <translation>全部读者</translation>
        </message>
        <message>
            <source>Readers registered since</source>
            <translation>此日期以后登记的读者</translation>
        </message>
        <message>
            <source>The selected title's copies ({n})</source>
            <translation>所选图书的馆藏册（{n} 册）</translation>
        </message>
        <message>
            <source>Copies whose label was never printed</source>
            <translation>尚未打印标签的图书</translation>
        </message>
        <message>
            <source>Copies added since</source>
            <translation>此日期以后入藏的图书</translation>
        </message>
        <message>
            <source>Call numbers from</source>
            <translation>索书号范围，从</translation>
        </message>
        <message>
            <source>{name} — {w}×{h} mm, roll</source>
            <translation>{name} — {w}×{h} 毫米，卷筒</translation>
        </message>
        <message>
            <source>{name} — {w}×{h} mm, {n} a sheet</source>
            <translation>{name} — {w}×{h} 毫米，每张 {n} 个</translation>
        </message>
        <message>
            <source>{labels} labels on {pages} pages</source>
            <translation>{labels} 个标签，共 {pages} 页</translation>
        </message>
        <message>
            <source>{n} copies without a call number are left out.</source>
            <translation>{n} 册没有索书号，不打印书标。</translation>
        </message>
        <message>
            <source>Page {n} of {m}</source>
            <translation>第 {n} 页，共 {m} 页</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>无法启动打印机。</translation>
        </message>
        <message>
            <source>Save labels as PDF</source>
            <translation>将标签另存为 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Saved {n} labels to {file}</source>
            <translation>已将 {n} 个标签保存到 {file}</translation>
        </message>
        <message>
            <source>Sent {n} pages to {printer}.</source>
            <translation>已将 {n} 页发送到 {printer}。</translation>
        </message>
        <message>
            <source>Sent {n} pages to {printer}; with only some pages printed, no label is marked as printed.</source>
            <translation>已将 {n} 页发送到 {printer}；由于只打印了部分页面，不将任何标签标记为已打印。</translation>
        </message>
        <message>
            <source>{printer}: offset {x} mm right, {y} mm down; scale {sx} × {sy}</source>
            <translation>{printer}：向右偏移 {x} 毫米，向下偏移 {y} 毫米；缩放 {sx} × {sy}</translation>
        </message>
        <message>
            <source>The calibration of the printer you choose is applied when printing; a PDF file is written without one.</source>
            <translation>打印时会应用所选打印机的校准；另存为 PDF 时不做校准。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The database was upgraded from schema {old}; the old copy is kept at {backup}</source>
            <translation>数据库已从结构版本 {old} 升级，旧数据库备份保存在 {backup}</translation>
        </message>
        <message>
            <source>Shuyi</source>
            <translation>书驿</translation>
        </message>
        <message>
            <source>Circulation</source>
            <translation>借还台</translation>
        </message>
        <message>
            <source>Catalogue</source>
            <translation>图书</translation>
        </message>
        <message>
            <source>Readers</source>
            <translation>读者</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>驿站</translation>
        </message>
        <message>
            <source>Facilities</source>
            <translation>设施</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>服务圈</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Shuyi — reading rooms and service stations</source>
            <translation>书驿 — 职工书屋与户外劳动者服务站</translation>
        </message>
        <message>
            <source>{page} (Ctrl+{n})</source>
            <translation>{page}（Ctrl+{n}）</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>数据库：</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>Circulation desk</source>
            <translation>借还台</translation>
        </message>
        <message>
            <source>Lending, returns, renewals and holds by scanning reader cards and book codes will be done here.</source>
            <translation>这里将用于扫描读者证和图书条码，办理借书、还书、续借和预约。</translation>
        </message>
        <message>
            <source>Facilities</source>
            <translation>设施</translation>
        </message>
        <message>
            <source>The air conditioners, water dispensers, microwaves and first-aid kits of each station, with their status and upkeep, will be kept here.</source>
            <translation>这里将记录各服务站的空调、饮水机、微波炉、急救药箱等设施及其状态和维护情况。</translation>
        </message>
        <message>
            <source>15-minute service circle</source>
            <translation>15分钟服务圈</translation>
        </message>
        <message>
            <source>How well the stations reach outdoor workers, where the gaps are and where the next station helps most will be shown here on a map.</source>
            <translation>这里将在地图上显示服务站对户外劳动者的覆盖情况、覆盖空白，以及新建站点的最佳位置。</translation>
        </message>
    </context>
    <context>
        <name>ReaderDialog</name>
        <message>
            <source>Add reader</source>
            <translation>新增读者</translation>
        </message>
        <message>
            <source>Edit reader</source>
            <translation>编辑读者</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>读者证号</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>单位(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Mobile phone</source>
            <translation>手机(&amp;M)</translation>
        </message>
        <message>
            <source>Union &amp;card number</source>
            <translation>工会会员卡号(&amp;C)</translation>
        </message>
        <message>
            <source>Reader &amp;type</source>
            <translation>读者类型(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>状态(&amp;S)</translation>
        </message>
        <message>
            <source>Reading &amp;room</source>
            <translation>职工书屋(&amp;R)</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>真实姓名</translation>
        </message>
        <message>
            <source>Employer or trade union branch</source>
            <translation>工作单位或所属工会</translation>
        </message>
        <message>
            <source>11-digit mobile number</source>
            <translation>11位手机号码</translation>
        </message>
        <message>
            <source>If the reader has one</source>
            <translation>如有</translation>
        </message>
        <message>
            <source>Shown masked. Leave it as it is to keep the number, type a new number to replace it, or clear it to remove it.</source>
            <translation>号码已隐去部分数字。保持不变即保留原号码；输入新号码即替换；清空即删除。</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Enter the reader's name.</source>
            <translation>请输入读者姓名。</translation>
        </message>
        <message>
            <source>Type the whole new phone number, or leave the masked number as it was.</source>
            <translation>请输入完整的新号码，或保持隐去部分数字的号码不变。</translation>
        </message>
        <message>
            <source>This database has no open reading room to register readers in.</source>
            <translation>本数据库中没有可登记读者的职工书屋。</translation>
        </message>
    </context>
    <context>
        <name>ReaderTableModel</name>
        <message>
            <source>Card</source>
            <translation>读者证号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Reader type</source>
            <translation>读者类型</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Home room</source>
            <translation>所属书屋</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>登记日期</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>已离开</translation>
        </message>
        <message>
            <source>Left (anonymised)</source>
            <translation>已离开（已匿名）</translation>
        </message>
    </context>
    <context>
        <name>ReaderTypeTableModel</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Books at a time</source>
            <translation>可借册数</translation>
        </message>
        <message>
            <source>Loan days</source>
            <translation>借期（天）</translation>
        </message>
        <message>
            <source>Renewals</source>
            <translation>续借次数</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>默认</translation>
        </message>
    </context>
    <context>
        <name>ReaderTypesDialog</name>
        <message>
            <source>Reader types</source>
            <translation>读者类型</translation>
        </message>
        <message>
            <source>New reader type</source>
            <translation>新读者类型</translation>
        </message>
        <message>
            <source>Selected reader type</source>
            <translation>选中的读者类型</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Books at a time</source>
            <translation>可借册数(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Loan days</source>
            <translation>借期天数(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Renewals</source>
            <translation>续借次数(&amp;R)</translation>
        </message>
        <message>
            <source>For example: retired workers</source>
            <translation>例如：退休职工</translation>
        </message>
        <message>
            <source>New type</source>
            <translation>新建类型</translation>
        </message>
        <message>
            <source>Save type</source>
            <translation>保存类型</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>Enter a name for the reader type.</source>
            <translation>请输入读者类型名称。</translation>
        </message>
    </context>
    <context>
        <name>ReadersPage</name>
        <message>
            <source>Readers</source>
            <translation>读者</translation>
        </message>
        <message>
            <source>Name, pinyin initials, card number or last 4 digits of the phone</source>
            <translation>姓名、拼音首字母、读者证号或手机后4位</translation>
        </message>
        <message>
            <source>Add reader…</source>
            <translation>新增读者…</translation>
        </message>
        <message>
            <source>Reader types…</source>
            <translation>读者类型…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <source>Print cards…</source>
            <translation>打印读者证…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Show phone number</source>
            <translation>查看手机号</translation>
        </message>
        <message>
            <source>Anonymise…</source>
            <translation>匿名化…</translation>
        </message>
        <message>
            <source>Shows the full number of the selected reader; each showing is recorded.</source>
            <translation>显示所选读者的完整手机号；每次查看都会被记录。</translation>
        </message>
        <message>
            <source>For a reader who has left: erases the personal data and keeps the statistics.</source>
            <translation>用于已离开的读者：清除个人信息，保留统计数据。</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在载入…</translation>
        </message>
        <message>
            <source>There are no readers yet.</source>
            <translation>还没有读者。</translation>
        </message>
        <message>
            <source>The first {n} readers; search to find the others.</source>
            <translation>显示前 {n} 位读者；其他读者请搜索。</translation>
        </message>
        <message>
            <source>{n} readers</source>
            <translation>共 {n} 位读者</translation>
        </message>
        <message>
            <source>No reader matches this search.</source>
            <translation>没有符合条件的读者。</translation>
        </message>
        <message>
            <source>The first {n} matches; type more to narrow the search.</source>
            <translation>显示前 {n} 个结果；输入更多内容可缩小范围。</translation>
        </message>
        <message>
            <source>{n} readers found</source>
            <translation>找到 {n} 位读者</translation>
        </message>
        <message>
            <source>{name} is registered with card number {card}.</source>
            <translation>{name} 已登记，读者证号 {card}。</translation>
        </message>
        <message>
            <source>The changes to {name} are saved.</source>
            <translation>{name} 的信息已保存。</translation>
        </message>
        <message>
            <source>No phone number is stored for this reader.</source>
            <translation>该读者没有登记手机号。</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>手机号</translation>
        </message>
        <message>
            <source>Mobile phone number of {name} (card {card}):</source>
            <translation>{name}（读者证 {card}）的手机号：</translation>
        </message>
        <message>
            <source>This showing has been recorded.</source>
            <translation>本次查看已记录。</translation>
        </message>
        <message>
            <source>Anonymise {name} (card {card})?

Erased for good: the name, mobile phone number, union card number and notes.
Kept, so that the statistics stay complete: the card number, unit, reader type, home room and registration date.

Do this for a reader who has left. It cannot be undone.</source>
            <translation>确定将 {name}（读者证 {card}）匿名化吗？

将永久清除：姓名、手机号、工会会员卡号和备注。
为保证统计完整而保留：读者证号、单位、读者类型、所属书屋和登记日期。

此操作用于已离开的读者，无法撤销。</translation>
        </message>
        <message>
            <source>Anonymise reader</source>
            <translation>读者匿名化</translation>
        </message>
        <message>
            <source>Card {card} is anonymised.</source>
            <translation>读者证 {card} 已匿名化。</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Sites</source>
            <translation>站点总数</translation>
        </message>
        <message>
            <source>Reading rooms</source>
            <translation>职工书屋</translation>
        </message>
        <message>
            <source>Service stations</source>
            <translation>户外劳动者服务站</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概况</translation>
        </message>
        <message>
            <source>Printable summary sheets and the periodic export to the county union will be made here.</source>
            <translation>这里将生成可打印的汇总表，以及定期报送县总工会的数据。</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Union or organisation name</source>
            <translation>工会或单位名称</translation>
        </message>
        <message>
            <source>Administrative division code (6 digits)</source>
            <translation>行政区划代码（6位）</translation>
        </message>
        <message>
            <source>First-run choice made</source>
            <translation>已完成首次启动选择</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Interface on this computer</source>
            <translation>本机界面</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Schema version</source>
            <translation>结构版本</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
    </context>
    <context>
        <name>SiteTableModel</name>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Position (as entered)</source>
            <translation>坐标（按录入坐标系）</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>启用日期</translation>
        </message>
        <message>
            <source>Reading room</source>
            <translation>职工书屋</translation>
        </message>
        <message>
            <source>Service station</source>
            <translation>服务站</translation>
        </message>
    </context>
    <context>
        <name>StationsPage</name>
        <message>
            <source>Site register</source>
            <translation>站点名录</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>全部站点</translation>
        </message>
        <message>
            <source>Service stations</source>
            <translation>服务站</translation>
        </message>
        <message>
            <source>Reading rooms</source>
            <translation>职工书屋</translation>
        </message>
        <message>
            <source>Facilities, services, visitor counts and inspections of each station will be recorded here in a later version.</source>
            <translation>各服务站的设施、服务、来访人次和巡查记录将在后续版本中在此登记。</translation>
        </message>
        <message>
            <source>There are no sites in this database yet.</source>
            <translation>此数据库中还没有站点。</translation>
        </message>
        <message>
            <source>{n} sites</source>
            <translation>共 {n} 个站点</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在载入…</translation>
        </message>
    </context>
    <context>
        <name>TitleDialog</name>
        <message>
            <source>Edit title</source>
            <translation>编辑图书</translation>
        </message>
        <message>
            <source>Add title</source>
            <translation>新增图书</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>题名(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;ISBN</source>
            <translation>ISBN(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Author</source>
            <translation>责任者(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Publisher</source>
            <translation>出版者(&amp;P)</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>出版地</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>出版年(&amp;Y)</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页数</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>&amp;Class (中图法)</source>
            <translation>中图法分类号(&amp;C)</translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>主题词</translation>
        </message>
        <message>
            <source>ISBN-10 or ISBN-13; scanning the barcode works too</source>
            <translation>ISBN-10 或 ISBN-13；也可直接扫描封底条码</translation>
        </message>
        <message>
            <source>e.g. I247.57</source>
            <translation>例如 I247.57</translation>
        </message>
        <message>
            <source>Separated by ；</source>
            <translation>以“；”分隔</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>图书</translation>
        </message>
        <message>
            <source>Periodical (报刊)</source>
            <translation>报刊</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>类型(&amp;K)</translation>
        </message>
        <message>
            <source>Reading &amp;room</source>
            <translation>职工书屋(&amp;R)</translation>
        </message>
        <message>
            <source>C&amp;opies</source>
            <translation>册数(&amp;O)</translation>
        </message>
        <message>
            <source>Enter the title.</source>
            <translation>请输入题名。</translation>
        </message>
        <message>
            <source>There is no reading room to put the copies in; set the copies to 0.</source>
            <translation>没有可存放图书的职工书屋；请将册数设为 0。</translation>
        </message>
    </context>
    <context>
        <name>TitleTableModel</name>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>责任者</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>出版者</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>出版年</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>分类号</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>册数</translation>
        </message>
    </context>
    <context>
        <name>_RoomActionDialog</name>
        <message>
            <source>Reading &amp;room</source>
            <translation>职工书屋(&amp;R)</translation>
        </message>
        <message>
            <source>There is no reading room to put them in.</source>
            <translation>没有可存放的职工书屋。</translation>
        </message>
    </context>
</TS>
