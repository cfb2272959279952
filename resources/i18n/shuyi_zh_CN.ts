<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
            <source>Catalogue</source>
            <translation>图书</translation>
        </message>
        <message>
            <source>The books of every reading room will be imported, searched and labelled here.</source>
            <translation>这里将用于导入、检索各书屋的图书，并打印书标。</translation>
        </message>
        <message>
            <source>Readers</source>
            <translation>读者</translation>
        </message>
        <message>
            <source>Readers, their units and their loan rules will be registered here, with phone numbers kept private.</source>
            <translation>这里将用于登记读者、所在单位及借阅规则，手机号码将妥善保护。</translation>
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
</TS>
