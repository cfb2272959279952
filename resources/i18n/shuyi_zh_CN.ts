<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Activity</name>
        <message>
            <source>The day</source>
            <translation>日期</translation>
        </message>
    </context>
    <context>
        <name>ActivityPanel</name>
        <message>
            <source>Monday</source>
            <translation>周一</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>周二</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>周三</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>周四</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>周五</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>周六</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>周日</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>闭站</translation>
        </message>
        <message>
            <source>round the clock</source>
            <translation>全天24小时</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>时长（小时）</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>参加人数</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>组织方</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>职业</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>人次</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>星期</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>On duty</source>
            <translation>值班人</translation>
        </message>
        <message>
            <source>{person}, while closed</source>
            <translation>{person}（闭站时段）</translation>
        </message>
        <message>
            <source>nobody on duty</source>
            <translation>无人值班</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>服务活动</translation>
        </message>
        <message>
            <source>Duty roster</source>
            <translation>值班表</translation>
        </message>
        <message>
            <source>Record a service…</source>
            <translation>登记服务…</translation>
        </message>
        <message>
            <source>Count visitors…</source>
            <translation>快速计数…</translation>
        </message>
        <message>
            <source>Add a shift…</source>
            <translation>添加班次…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>{year}: {held} services, {people} attended. Last 12 months: {visits} visitors.</source>
            <translation>{year} 年：开展服务 {held} 场，{people} 人次参加。近 12 个月到访 {visits} 人次。</translation>
        </message>
        <message>
            <source>{month}/{year}</source>
            <translation>{year}年{month}月</translation>
        </message>
        <message>
            <source>No opening hours are recorded for this station: the roster cannot be checked against them.</source>
            <translation>本站未登记开放时间，无法核对值班表。</translation>
        </message>
        <message>
            <source>Open {hours}. Not covered by the roster: {n} span(s), {h:g} hours a week (in red below).</source>
            <translation>开放时间 {hours}。值班未覆盖：{n} 个时段，每周 {h:g} 小时（下方红色行）。</translation>
        </message>
        <message>
            <source>Open {hours}. Every open hour has someone on duty.</source>
            <translation>开放时间 {hours}。每个开放时段都有人值班。</translation>
        </message>
    </context>
    <context>
        <name>AssetTagDialog</name>
        <message>
            <source>Print asset tags</source>
            <translation>打印资产标签</translation>
        </message>
        <message>
            <source>Asset tags</source>
            <translation>资产标签</translation>
        </message>
        <message>
            <source>The selected facilities ({n})</source>
            <translation>选中的设施（{n} 个）</translation>
        </message>
        <message>
            <source>Every facility not scrapped, at every site</source>
            <translation>所有站点的全部未报废设施</translation>
        </message>
    </context>
    <context>
        <name>Camera</name>
        <message>
            <source>The camera needs QtMultimedia (PySide6-Addons) and zxing-cpp, which are not installed</source>
            <translation>使用摄像头需要 QtMultimedia（PySide6-Addons）和 zxing-cpp，二者均未安装</translation>
        </message>
        <message>
            <source>The camera needs QtMultimedia (PySide6-Addons), which is not installed</source>
            <translation>使用摄像头需要 QtMultimedia（PySide6-Addons），尚未安装</translation>
        </message>
        <message>
            <source>The camera needs zxing-cpp, which is not installed</source>
            <translation>使用摄像头需要 zxing-cpp，尚未安装</translation>
        </message>
    </context>
    <context>
        <name>CameraScanner</name>
        <message>
            <source>Camera scanner</source>
            <translation>摄像头扫码</translation>
        </message>
        <message>
            <source>Stop camera</source>
            <translation>关闭摄像头</translation>
        </message>
        <message>
            <source>No camera found.</source>
            <translation>未找到摄像头。</translation>
        </message>
        <message>
            <source>Hold a code in front of the camera.</source>
            <translation>请将条码或二维码对准摄像头。</translation>
        </message>
    </context>
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
            <source>Price</source>
            <translation>价格</translation>
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
            <source>Copy {code} of “{title}”</source>
            <translation>图书条码 {code}：《{title}》</translation>
        </message>
        <message>
            <source>{n} titles found</source>
            <translation>找到 {n} 种图书</translation>
        </message>
    </context>
    <context>
        <name>ChecklistRow</name>
        <message>
            <source>Not checked</source>
            <translation>未检查</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>Person responsible</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Serious</source>
            <translation>严重</translation>
        </message>
    </context>
    <context>
        <name>CirculationPage</name>
        <message>
            <source>The hold on {title} is cancelled</source>
            <translation>《{title}》的预约已取消</translation>
        </message>
        <message>
            <source>No barcode or QR code found in {file}</source>
            <translation>{file} 中没有找到条码或二维码</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>借还</translation>
        </message>
        <message>
            <source>Overdue in this room</source>
            <translation>本书屋逾期</translation>
        </message>
        <message>
            <source>Transfers and book boxes</source>
            <translation>调拨与漂流书箱</translation>
        </message>
        <message>
            <source>Stocktake</source>
            <translation>盘点</translation>
        </message>
        <message>
            <source>E-books</source>
            <translation>电子书</translation>
        </message>
        <message>
            <source>Scan any code: reader card, book, ISBN or e-book slip</source>
            <translation>扫描任意条码：读者证、图书、ISBN 或电子书借阅卡</translation>
        </message>
        <message>
            <source>A scanner types here wherever you clicked on this page; Enter submits</source>
            <translation>无论点在本页何处，扫码枪都会输入到这里；按回车提交</translation>
        </message>
        <message>
            <source>End reader</source>
            <translation>结束当前读者</translation>
        </message>
        <message>
            <source>The reader is done (Esc): the next book scanned is returned, not lent</source>
            <translation>当前读者办理完毕（Esc）：之后扫描的图书将办理归还，而不是借出</translation>
        </message>
        <message>
            <source>Scan image…</source>
            <translation>识别图片…</translation>
        </message>
        <message>
            <source>Read the barcodes and QR codes in a picture file</source>
            <translation>识别图片文件中的条码和二维码</translation>
        </message>
        <message>
            <source>Reading codes from pictures needs zxing-cpp, which is not installed</source>
            <translation>识别图片中的条码需要 zxing-cpp，但尚未安装</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>摄像头</translation>
        </message>
        <message>
            <source>Scan with a webcam</source>
            <translation>用摄像头扫码</translation>
        </message>
        <message>
            <source>Scans, newest first</source>
            <translation>扫描记录（最新的在最上面）</translation>
        </message>
        <message>
            <source>At the desk: {name} ({card}) since {time}</source>
            <translation>当前读者：{name}（{card}），{time} 起</translation>
        </message>
        <message>
            <source>No reader at the desk</source>
            <translation>当前没有读者</translation>
        </message>
        <message>
            <source>{n} scan(s) waiting</source>
            <translation>{n} 条扫描待处理</translation>
        </message>
        <message>
            <source>All scans handled</source>
            <translation>扫描已全部处理</translation>
        </message>
        <message>
            <source>Scan codes in a picture</source>
            <translation>识别图片中的条码</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
            <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;所有文件 (*)</translation>
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
            <source>Books on loan</source>
            <translation>在借册数</translation>
        </message>
        <message>
            <source>Overdue loans</source>
            <translation>逾期册数</translation>
        </message>
        <message>
            <source>Facilities</source>
            <translation>设施</translation>
        </message>
        <message>
            <source>Service events</source>
            <translation>服务活动</translation>
        </message>
        <message>
            <source>Inspections</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>Rectifications open</source>
            <translation>未完成整改</translation>
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
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <source>Say where, what and how long: --site CODE --category NAME --title TEXT --hours H</source>
            <translation>请说明地点、内容和时长：--site 站点代码 --category 类别 --title 标题 --hours 小时数</translation>
        </message>
        <message>
            <source>Recorded service {id} at {site}: {category} “{title}” on {day}, {hours} h, {people} attended</source>
            <translation>已记录 {site} 的服务 {id}：{category}“{title}”，{day}，{hours} 小时，{people} 人参加</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>场次</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>时长（小时）</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>参加人数</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>服务站</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>组织方</translation>
        </message>
        <message>
            <source>Say where and how many: --site CODE --occupation NAME --count N (or --count NAME=N)</source>
            <translation>请说明站点和人次：--site 站点代码 --occupation 职业 --count 人次（或 --count 职业=人次）</translation>
        </message>
        <message>
            <source>Give the file: shuyi visits import FILE [--site CODE]</source>
            <translation>请给出文件：shuyi visits import 文件 [--site 站点代码]</translation>
        </message>
        <message>
            <source>{site} on {day}: {total} visitors so far</source>
            <translation>{site} {day}：目前共 {total} 人次</translation>
        </message>
        <message>
            <source>row {n}: {reason}</source>
            <translation>第 {n} 行：{reason}</translation>
        </message>
        <message>
            <source>{read} rows read: {figures} counts in, {changed} of them changed, {rejected} rows refused</source>
            <translation>读取 {read} 行：导入 {figures} 项人次，其中 {changed} 项有变化，拒绝 {rejected} 行</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>职业</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>人次</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>时段</translation>
        </message>
        <message>
            <source>By occupation</source>
            <translation>按职业</translation>
        </message>
        <message>
            <source>Say which site: --site CODE</source>
            <translation>请说明站点：--site 站点代码</translation>
        </message>
        <message>
            <source>Say when and who: --days Mo-Fr --time 08:00-14:00 --person NAME</source>
            <translation>请说明时间和值班人：--days Mo-Fr --time 08:00-14:00 --person 姓名</translation>
        </message>
        <message>
            <source>Give the shift's number: shuyi roster remove SHIFT_ID --site CODE</source>
            <translation>请给出班次编号：shuyi roster remove 班次编号 --site 站点代码</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>星期</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>On duty</source>
            <translation>值班人</translation>
        </message>
        <message>
            <source>{site} has no opening hours recorded: there is nothing to check the roster against</source>
            <translation>{site} 未登记开放时间，无法核对排班</translation>
        </message>
        <message>
            <source>{site} is open {hours}; {n} shifts on the roster</source>
            <translation>{site} 开放时间 {hours}；排班共 {n} 个班次</translation>
        </message>
        <message>
            <source>Every open hour has someone on duty.</source>
            <translation>开放时间内每个时段都有人值班。</translation>
        </message>
        <message>
            <source>  no one on duty: {day} {span}</source>
            <translation>  无人值班：{day} {span}</translation>
        </message>
        <message>
            <source>  on duty while closed: {day} {span} ({person})</source>
            <translation>  闭站时仍排班：{day} {span}（{person}）</translation>
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
            <source>reader</source>
            <translation>读者</translation>
        </message>
        <message>
            <source>end of session</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>lend</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>return</source>
            <translation>归还</translation>
        </message>
        <message>
            <source>renew</source>
            <translation>续借</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>arrived</source>
            <translation>到达</translation>
        </message>
        <message>
            <source>info</source>
            <translation>查询</translation>
        </message>
        <message>
            <source>into transfer</source>
            <translation>装入调拨</translation>
        </message>
        <message>
            <source>received</source>
            <translation>接收</translation>
        </message>
        <message>
            <source>stocktake</source>
            <translation>盘点</translation>
        </message>
        <message>
            <source>e-book loan</source>
            <translation>电子书借阅</translation>
        </message>
        <message>
            <source>ignored</source>
            <translation>忽略</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>- reads the codes from standard input: give it alone</source>
            <translation>- 表示从标准输入读取条码，只能单独使用</translation>
        </message>
        <message>
            <source>--receive goes with --transfer ID</source>
            <translation>--receive 须与 --transfer 编号 一起使用</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>索书号</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>读者</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>书屋</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation>借出日</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>应还日</translation>
        </message>
        <message>
            <source>Renewals</source>
            <translation>续借次数</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>归还日</translation>
        </message>
        <message>
            <source>Say which title, its reading address and how many may read at once: --title-id N --url URL --cap N</source>
            <translation>请指定图书、阅读地址和同时在读人数：--title-id N --url URL --cap N</translation>
        </message>
        <message>
            <source>Give the e-book's code: shuyi ebook withdraw CODE</source>
            <translation>请给出电子书代码：shuyi ebook withdraw 代码</translation>
        </message>
        <message>
            <source>Give the e-book loan's number: shuyi ebook {action} LOAN_ID</source>
            <translation>请给出电子书借阅编号：shuyi ebook {action} 借阅编号</translation>
        </message>
        <message>
            <source>Say where the slip goes: --out FILE.pdf</source>
            <translation>请指定借阅单保存位置：--out 文件.pdf</translation>
        </message>
        <message>
            <source>E-book {code} ({title}): {cap} reader(s) at a time, {days} days a loan</source>
            <translation>电子书 {code}《{title}》：同时可借 {cap} 人，借期 {days} 天</translation>
        </message>
        <message>
            <source>E-book {code} ({title}) withdrawn: no new loans; {used} running loan(s) keep running</source>
            <translation>电子书 {code}《{title}》已停止出借：不再新借；正在进行的 {used} 笔借阅持续到期</translation>
        </message>
        <message>
            <source>Revoked e-book loan {id}: {title}, reader {card}</source>
            <translation>已收回电子书借阅 {id}：《{title}》，读者证 {card}</translation>
        </message>
        <message>
            <source>Slip of e-book loan {id} ({title}) written to {file}</source>
            <translation>电子书借阅 {id}（《{title}》）的借阅单已保存到 {file}</translation>
        </message>
        <message>
            <source>lending</source>
            <translation>出借中</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>已停借</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>在借</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>借期</translation>
        </message>
        <message>
            <source>Next free</source>
            <translation>下次空出</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>借阅编号</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>到期日</translation>
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
        <message>
            <source>The database at {path} is sound: {pages} pages checked in {seconds} s</source>
            <translation>数据库 {path} 完好：已检查 {pages} 页，用时 {seconds} 秒</translation>
        </message>
        <message>
            <source>Name the standard: shuyi standard show NAME</source>
            <translation>请指定标准：shuyi standard show 名称</translation>
        </message>
        <message>
            <source>Give the file: shuyi standard import FILE [--replace]</source>
            <translation>请指定文件：shuyi standard import 文件 [--replace]</translation>
        </message>
        <message>
            <source>Name the standard and its thresholds: shuyi standard edit NAME --stars 20,40,60,80,100</source>
            <translation>请指定标准及其星级阈值：shuyi standard edit 名称 --stars 20,40,60,80,100</translation>
        </message>
        <message>
            <source>Name the site and the standard: shuyi standard assign SITE NAME (or SITE --clear)</source>
            <translation>请指定站点和标准：shuyi standard assign 站点 名称（或 站点 --clear）</translation>
        </message>
        <message>
            <source>Downgrade warning: {n} serious rectification(s) open ({ids}); the stars awarded are not changed by Shuyi</source>
            <translation>降级提醒：有 {n} 项严重问题尚未整改（{ids}）；书驿不会自行更改已评定的星级</translation>
        </message>
        <message>
            <source>{site} has no standard of its own now: {default} applies</source>
            <translation>{site} 现在没有指定标准：按{default}衡量</translation>
        </message>
        <message>
            <source>{site} is held to {name} now</source>
            <translation>{site} 现在按{name}标准衡量</translation>
        </message>
        <message>
            <source>Imported the standard {name} with {n} items</source>
            <translation>已导入标准 {name}，共 {n} 项</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>项目数</translation>
        </message>
        <message>
            <source>Stars from (%)</source>
            <translation>星级阈值（%）</translation>
        </message>
        <message>
            <source>{name}: {title} ({region}); stars from {stars} %</source>
            <translation>{name}：{title}（{region}）；星级阈值 {stars} %</translation>
        </message>
        <message>
            <source>required</source>
            <translation>必备</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>Met by</source>
            <translation>满足条件</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>建设标准</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Pre-score stars</source>
            <translation>预评星级</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>缺项</translation>
        </message>
        <message>
            <source>{code} {name} against {standard}</source>
            <translation>{code} {name}（对照{standard}）</translation>
        </message>
        <message>
            <source>Pre-score: {score}% of the weighted items met, {stars} star(s)</source>
            <translation>预评分：加权满足 {score}%，{stars} 星</translation>
        </message>
        <message>
            <source>Say where and what kind: shuyi inspection add --site CODE --kind 暗访 [--pass ITEM …] [--fail ITEM … --deadline DATE]</source>
            <translation>请指定站点和检查类型：shuyi inspection add --site 代码 --kind 暗访 [--pass 项目 …] [--fail 项目 … --deadline 日期]</translation>
        </message>
        <message>
            <source>Give the rectification's number: shuyi inspection recheck ID --pass (or --fail --deadline DATE)</source>
            <translation>请给出整改编号：shuyi inspection recheck 编号 --pass（或 --fail --deadline 日期）</translation>
        </message>
        <message>
            <source>Give the rectification's number and what was done: shuyi inspection fix ID --note TEXT</source>
            <translation>请给出整改编号和整改情况：shuyi inspection fix 编号 --note 说明</translation>
        </message>
        <message>
            <source>Give the inspection's number: shuyi inspection show ID</source>
            <translation>请给出检查编号：shuyi inspection show 编号</translation>
        </message>
        <message>
            <source>Name the site: shuyi inspection checklist --site CODE</source>
            <translation>请指定站点：shuyi inspection checklist --site 代码</translation>
        </message>
        <message>
            <source>A re-check either passes (--pass) or fails (--fail --deadline DATE), not both</source>
            <translation>复查结果只能是通过（--pass）或不通过（--fail --deadline 日期），不能两者都选</translation>
        </message>
        <message>
            <source>Inspection {id}: {kind} at {site} {name} on {date}</source>
            <translation>检查 {id}：{date} 对 {site} {name} 的{kind}</translation>
        </message>
        <message>
            <source>rectification {id}, by {deadline}</source>
            <translation>整改 {id}，期限 {deadline}</translation>
        </message>
        <message>
            <source>Rectification {id} ({item}) at {site}: closed on {date}</source>
            <translation>{site} 的整改 {id}（{item}）：已于 {date} 销号</translation>
        </message>
        <message>
            <source>Rectification {id} ({item}) at {site}: open, deadline {date}</source>
            <translation>{site} 的整改 {id}（{item}）：整改中，期限 {date}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Name one asset tag (A…)</source>
            <translation>请给出一个资产标签代码（A…）</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>站点</translation>
        </message>
        <message>
            <source>Asset tag</source>
            <translation>资产标签</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Brand and model</source>
            <translation>品牌型号</translation>
        </message>
        <message>
            <source>Name the asset tag and its new status: CODE 故障</source>
            <translation>请给出资产标签代码和新状态：代码 故障</translation>
        </message>
        <message>
            <source>Recorded for {code}: {what}</source>
            <translation>已为 {code} 记录：{what}</translation>
        </message>
        <message>
            <source>Plan {id} for {code}: {what}, next due {due}</source>
            <translation>{code} 的维护计划 {id}：{what}，下次应在 {due} 前完成</translation>
        </message>
        <message>
            <source>{code}: {kind} at {site}, {status}</source>
            <translation>{code}：{site}的{kind}，{status}</translation>
        </message>
        <message>
            <source>Say where and what: --site CODE --kind 微波炉</source>
            <translation>请指定站点和设施类别：--site 代码 --kind 微波炉</translation>
        </message>
        <message>
            <source>{kind} registered at {site}</source>
            <translation>已在 {site} 登记{kind}</translation>
        </message>
        <message>
            <source>{item} of {code} closed</source>
            <translation>{code} 的{item}已关闭</translation>
        </message>
        <message>
            <source>Say what runs out and when: --item 碘伏 --expires DATE</source>
            <translation>请指定物品和到期日：--item 碘伏 --expires 日期</translation>
        </message>
        <message>
            <source>{item} of {code} expires on {date}</source>
            <translation>{code} 的{item}于 {date} 到期</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>剩余天数</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>  {on}  {to}  {note}</source>
            <translation>  {on}  {to}  {note}</translation>
        </message>
        <message>
            <source>  {on}  {work}  {by}</source>
            <translation>  {on}  {work}  {by}</translation>
        </message>
        <message>
            <source>  due {on}: {what}</source>
            <translation>  {on} 到期：{what}</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>Open rectifications</source>
            <translation>未销号整改</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>{site} {name}: downgrade warning, serious rectification(s) {ids} open; the stars awarded are not changed by Shuyi</source>
            <translation>{site} {name}：降级提醒，严重问题整改 {ids} 尚未销号；书驿不会自行更改已评定的星级</translation>
        </message>
        <message>
            <source>{stations} stations, demand weight {weight:g}; within {minutes:g} minutes ({radius:.0f} m straight line): {covered:.1%} covered, {cross:.1%} by two or more</source>
            <translation>{stations} 个驿站，需求权重 {weight:g}；{minutes:g} 分钟内（直线 {radius:.0f} 米）：覆盖 {covered:.1%}，两站及以上交叉覆盖 {cross:.1%}</translation>
        </message>
        <message>
            <source>Minutes to the nearest station: mean {mean:.1f}, 95% within {p95:.1f}, worst {worst:.1f}</source>
            <translation>到最近驿站的分钟数：平均 {mean:.1f}，95% 在 {p95:.1f} 以内，最远 {worst:.1f}</translation>
        </message>
        <message>
            <source>Wrote {count} uncovered places to {file}</source>
            <translation>已将 {count} 处未覆盖地点写入 {file}</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>点数</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>经度</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>纬度</translation>
        </message>
        <message>
            <source>Nearest station (m)</source>
            <translation>最近驿站（米）</translation>
        </message>
        <message>
            <source>--objective all finds how many stations are needed: leave out --add</source>
            <translation>--objective all 会算出需要多少个驿站：请去掉 --add</translation>
        </message>
        <message>
            <source>Say how many stations to add: --add K</source>
            <translation>请说明要新增几个驿站：--add K</translation>
        </message>
        <message>
            <source>{n}. {lng:.6f}, {lat:.6f} {name}</source>
            <translation>{n}. {lng:.6f}, {lat:.6f} {name}</translation>
        </message>
        <message>
            <source>Covered demand weight {before:g} → {after:g}; {state}</source>
            <translation>覆盖的需求权重 {before:g} → {after:g}；{state}</translation>
        </message>
        <message>
            <source>proven optimal</source>
            <translation>已证明最优</translation>
        </message>
        <message>
            <source>the best possible is at most {bound:g}</source>
            <translation>最优解不超过 {bound:g}</translation>
        </message>
        <message>
            <source>Lost if closed</source>
            <translation>关闭损失</translation>
        </message>
        <message>
            <source>Lost if moved</source>
            <translation>迁移损失</translation>
        </message>
        <message>
            <source>{file} is a DataV GeoAtlas file: its coordinates are taken as GCJ-02 (give --crs to say otherwise)</source>
            <translation>{file} 是 DataV GeoAtlas 文件：坐标按 GCJ-02 处理（如不是，请用 --crs 指定）</translation>
        </message>
        <message>
            <source>{file} is plain GeoJSON: its coordinates are taken as WGS-84, as RFC 7946 says (give --crs to say otherwise)</source>
            <translation>{file} 是普通 GeoJSON：按 RFC 7946 的规定，坐标按 WGS-84 处理（如不是，请用 --crs 指定）</translation>
        </message>
        <message>
            <source>coverage {action} import needs a FILE</source>
            <translation>coverage {action} import 需要指定文件</translation>
        </message>
        <message>
            <source>{added} boundaries added, {replaced} replaced from {file} ({datum}, stored in WGS-84): {names}</source>
            <translation>从 {file} 新增 {added} 个边界，替换 {replaced} 个（原坐标系 {datum}，按 WGS-84 保存）：{names}</translation>
        </message>
        <message>
            <source>{read} rows read into layer {layer}: {added} added, {kept} already there, {removed} removed, {rejected} refused</source>
            <translation>读取 {read} 行到图层 {layer}：新增 {added} 个，已有 {kept} 个，移除 {removed} 个，拒绝 {rejected} 行</translation>
        </message>
        <message>
            <source>{where}: {reason}</source>
            <translation>{where}：{reason}</translation>
        </message>
        <message>
            <source>coverage demand grid needs --cell METRES</source>
            <translation>coverage demand grid 需要 --cell 米数</translation>
        </message>
        <message>
            <source>{count} grid points ({cell} m cells over {area} km² of {boundaries}) in layer {layer}</source>
            <translation>图层 {layer} 中有 {count} 个网格点（{boundaries} 共 {area} 平方公里，网格边长 {cell} 米）</translation>
        </message>
        <message>
            <source>coverage {action} needs one of: {choices}</source>
            <translation>coverage {action} 后须跟以下之一：{choices}</translation>
        </message>
        <message>
            <source>coverage {action} takes no {word}</source>
            <translation>coverage {action} 不接受 {word}</translation>
        </message>
        <message>
            <source>Added {code} {name}</source>
            <translation>已新增 {code} {name}</translation>
        </message>
        <message>
            <source>Changed {code} {name}</source>
            <translation>已修改 {code} {name}</translation>
        </message>
        <message>
            <source>Retired {code} {name} as of {day}</source>
            <translation>{code} {name} 已于 {day} 停用</translation>
        </message>
        <message>
            <source>Re-opened {code} {name}</source>
            <translation>{code} {name} 已重新启用</translation>
        </message>
        <message>
            <source>Read {pair} as latitude, longitude (it lies in China only that way)</source>
            <translation>已将 {pair} 按“纬度,经度”读取（只有这样才位于中国境内）</translation>
        </message>
        <message>
            <source>Station kind</source>
            <translation>驿站类型</translation>
        </message>
        <message>
            <source>Build mode</source>
            <translation>建设方式</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Position (WGS-84)</source>
            <translation>位置（WGS-84）</translation>
        </message>
        <message>
            <source>Host unit</source>
            <translation>依托单位</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>开放时间</translation>
        </message>
        <message>
            <source>Area m²</source>
            <translation>面积（平方米）</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>座位</translation>
        </message>
        <message>
            <source>Person in charge</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>星级</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>启用日期</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>停用日期</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>{read} rows read: {added} sites added, {already} already there, {rejected} refused</source>
            <translation>读取 {read} 行：新增站点 {added} 个，{already} 个已存在，拒收 {rejected} 行</translation>
        </message>
    </context>
    <context>
        <name>Compliance</name>
        <message>
            <source>in use</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>broken</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>under repair</source>
            <translation>维修中</translation>
        </message>
        <message>
            <source>out of service</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>scrapped</source>
            <translation>报废</translation>
        </message>
        <message>
            <source>{kind} {code}: in use</source>
            <translation>{kind} {code}：在用</translation>
        </message>
        <message>
            <source>each of {kinds} in use</source>
            <translation>在用：{kinds}</translation>
        </message>
        <message>
            <source>{kind} {code}: {status}</source>
            <translation>{kind} {code}: {status}</translation>
        </message>
        <message>
            <source>no {kinds} at the site</source>
            <translation>站内没有{kinds}</translation>
        </message>
        <message>
            <source>recorded on {date}</source>
            <translation>{date} 已记录</translation>
        </message>
        <message>
            <source>recorded</source>
            <translation>已记录</translation>
        </message>
        <message>
            <source>recorded absent on {date}</source>
            <translation>{date} 记录为没有</translation>
        </message>
        <message>
            <source>recorded absent</source>
            <translation>记录为没有</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <source>Stars by the weighted share of items met: 1 star from {t1}%, 2 from {t2}%, 3 from {t3}%, 4 from {t4}%, 5 from {t5}%; while a required item is missing, at most {cap} stars. A pre-score only: stars are awarded by the city union.</source>
            <translation>按已满足项目的加权比例预评星级：{t1}% 起 1 星，{t2}% 起 2 星，{t3}% 起 3 星，{t4}% 起 4 星，{t5}% 为 5 星；缺少必备项目时至多 {cap} 星。仅为预评分，星级由市总工会评定。</translation>
        </message>
        <message>
            <source>capped at {cap} stars: a required item is missing</source>
            <translation>缺少必备项目，至多 {cap} 星</translation>
        </message>
    </context>
    <context>
        <name>ComplianceOverview</name>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>服务站</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>星级</translation>
        </message>
        <message>
            <source>Stations against their standard</source>
            <translation>各服务站达标情况</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>标准</translation>
        </message>
        <message>
            <source>Overdue rectifications</source>
            <translation>逾期整改</translation>
        </message>
        <message>
            <source>{n} active station(s): {complete} meet every item; hover over ✗ for the reason</source>
            <translation>在用服务站 {n} 个，其中 {complete} 个全部达标；鼠标停在 ✗ 上可看原因</translation>
        </message>
        <message>
            <source>Downgrade warning: {site} {name} has serious rectification(s) {ids} open (shown only: the stars awarded are not changed)</source>
            <translation>降级提醒：{site} {name} 有严重问题整改 {ids} 未销号（仅作提醒，已评定的星级不会自动更改）</translation>
        </message>
        <message>
            <source>Overdue rectifications ({n})</source>
            <translation>逾期整改（{n} 项）</translation>
        </message>
    </context>
    <context>
        <name>CompliancePanel</name>
        <message>
            <source>Met</source>
            <translation>达标</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必备</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>required</source>
            <translation>必备</translation>
        </message>
        <message>
            <source>Standard and compliance</source>
            <translation>标准与达标情况</translation>
        </message>
        <message>
            <source>Measured against</source>
            <translation>对照标准</translation>
        </message>
        <message>
            <source>Its own standard (else {name})</source>
            <translation>本站标准（未指定则为{name}）</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>{standard}: {met} of {total} items met; pre-score {score}%, {stars} star(s)</source>
            <translation>{standard}：{total} 项中达标 {met} 项；预评分 {score}%，{stars} 星</translation>
        </message>
        <message>
            <source> (a required item is missing: at most {cap} stars)</source>
            <translation>（缺少必备项目：至多 {cap} 星）</translation>
        </message>
        <message>
            <source>; awarded: {stars} star(s)</source>
            <translation>；已评定：{stars} 星</translation>
        </message>
        <message>
            <source>Downgrade warning: serious rectification(s) {ids} still open. The stars awarded are changed only by the city union.</source>
            <translation>降级提醒：严重问题整改 {ids} 尚未销号。已评定的星级只由市总工会更改。</translation>
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
        <name>CountyComplianceDialog</name>
        <message>
            <source>Stations against their standards</source>
            <translation>各驿站达标情况</translation>
        </message>
    </context>
    <context>
        <name>Coverage</name>
        <message>
            <source>Gaps</source>
            <translation>覆盖空白</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>Uncovered weight</source>
            <translation>未覆盖权重</translation>
        </message>
        <message>
            <source>Demand points</source>
            <translation>需求点数</translation>
        </message>
        <message>
            <source>Longitude (WGS-84)</source>
            <translation>经度（WGS-84）</translation>
        </message>
        <message>
            <source>Latitude (WGS-84)</source>
            <translation>纬度（WGS-84）</translation>
        </message>
        <message>
            <source>Longitude (GCJ-02)</source>
            <translation>经度（GCJ-02）</translation>
        </message>
        <message>
            <source>Latitude (GCJ-02)</source>
            <translation>纬度（GCJ-02）</translation>
        </message>
        <message>
            <source>Nearest station (m)</source>
            <translation>最近驿站（米）</translation>
        </message>
        <message>
            <source>Minutes to it</source>
            <translation>所需分钟</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <source>E-book {title} lent: scan the QR with a phone to read until {until}</source>
            <translation>电子书《{title}》已借出：用手机扫描二维码即可阅读，有效期至 {until}</translation>
        </message>
        <message>
            <source>{name} already reads the e-book {title} (until {until}): the same QR again</source>
            <translation>{name} 已在借电子书《{title}》（至 {until}）：再次显示同一二维码</translation>
        </message>
        <message>
            <source>{title}: {used} of {cap} in use</source>
            <translation>《{title}》：已借 {used} / 共 {cap}</translation>
        </message>
        <message>
            <source>{title}: {used} of {cap} in use; the next frees up on {date}</source>
            <translation>《{title}》：已借 {used} / 共 {cap}，下一个名额 {date} 空出</translation>
        </message>
        <message>
            <source>{title}: withdrawn, no new loans ({used} still reading)</source>
            <translation>《{title}》：已停止出借，不再新借（仍有 {used} 人在读）</translation>
        </message>
        <message>
            <source>{name}: {loans} on loan, {left} more allowed</source>
            <translation>{name}：在借 {loans} 册，还可借 {left} 册</translation>
        </message>
        <message>
            <source>{name}: {loans} on loan; cannot borrow now</source>
            <translation>{name}：在借 {loans} 册；现在不能借书</translation>
        </message>
        <message>
            <source>{name}: done (card scanned again)</source>
            <translation>{name}：办理完毕（再次扫描了读者证）</translation>
        </message>
        <message>
            <source>Reader session ended</source>
            <translation>当前读者办理结束</translation>
        </message>
        <message>
            <source>Reader session ended after {minutes} minute(s) with no scan</source>
            <translation>{minutes} 分钟无扫描，当前读者办理自动结束</translation>
        </message>
        <message>
            <source>No reader at the desk</source>
            <translation>当前没有读者</translation>
        </message>
        <message>
            <source>Lent {title}, due {due}</source>
            <translation>已借出《{title}》，应还日期 {due}</translation>
        </message>
        <message>
            <source>Lent {title}, due {due} (the hold is collected)</source>
            <translation>已借出《{title}》，应还日期 {due}（预约书已取走）</translation>
        </message>
        <message>
            <source>Lent {title}, due {due} (it was in transit to {site})</source>
            <translation>已借出《{title}》，应还日期 {due}（此书原在途，发往 {site}）</translation>
        </message>
        <message>
            <source>{title} is already lent to this reader and due in {days} day(s), on {due}: a renewal today would not move that date, so nothing changed</source>
            <translation>{title} 已借给该读者，还有 {days} 天到期（{due}）：今天续借不会推迟应还日期，因此未做更改</translation>
        </message>
        <message>
            <source>Renewed {title}, now due {due}</source>
            <translation>已续借《{title}》，应还日期改为 {due}</translation>
        </message>
        <message>
            <source>Returned {title}</source>
            <translation>已归还《{title}》</translation>
        </message>
        <message>
            <source>Returned {title}, {days} day(s) overdue</source>
            <translation>已归还《{title}》，逾期 {days} 天</translation>
        </message>
        <message>
            <source>Returned {title}: KEEP ASIDE for {name}'s hold (until {until})</source>
            <translation>已归还《{title}》——请留存：{name} 预约（保留至 {until}）</translation>
        </message>
        <message>
            <source>Returned {title}: it belongs to {site}, put it in transit there</source>
            <translation>已归还《{title}》：此书属于 {site}，已转为在途，请送回</translation>
        </message>
        <message>
            <source>Returned {title}: it stays here (both rooms float)</source>
            <translation>已归还《{title}》：留在本书屋（两书屋图书浮动流通）</translation>
        </message>
        <message>
            <source>Returned {title}, {days} day(s) overdue: KEEP ASIDE for {name}'s hold (until {until})</source>
            <translation>已归还《{title}》，逾期 {days} 天——请留存：{name} 预约（保留至 {until}）</translation>
        </message>
        <message>
            <source>Returned {title}, {days} day(s) overdue: it belongs to {site}, put it in transit there</source>
            <translation>已归还《{title}》，逾期 {days} 天：此书属于 {site}，已转为在途，请送回</translation>
        </message>
        <message>
            <source>Returned {title}, {days} day(s) overdue: it stays here (both rooms float)</source>
            <translation>已归还《{title}》，逾期 {days} 天：留在本书屋（两书屋图书浮动流通）</translation>
        </message>
        <message>
            <source>{title} arrived from {site}: shelve it</source>
            <translation>《{title}》从 {site} 到达：请上架</translation>
        </message>
        <message>
            <source>{title} arrived from {site}: KEEP ASIDE for {name}'s hold (until {until})</source>
            <translation>《{title}》从 {site} 到达——请留存：{name} 预约（保留至 {until}）</translation>
        </message>
        <message>
            <source>{title} is back in its room: shelve it</source>
            <translation>《{title}》已回到所属书屋：请上架</translation>
        </message>
        <message>
            <source>{title} is in transit to {site}: send it on</source>
            <translation>《{title}》在途，发往 {site}：请继续转送</translation>
        </message>
        <message>
            <source>{title} is in transfer {transfer} from {site}: receive it in that transfer</source>
            <translation>《{title}》在 {site} 发出的调拨 {transfer} 中：请在该调拨中接收</translation>
        </message>
        <message>
            <source>{title} was recorded as lost: now found and back on the shelf</source>
            <translation>《{title}》原记为遗失：现已找到，恢复在架</translation>
        </message>
        <message>
            <source>{title} was recorded as lost: now found; it belongs to {site}, send it there</source>
            <translation>《{title}》原记为遗失：现已找到；此书属于 {site}，请送回</translation>
        </message>
        <message>
            <source>{title} is not on loan: nothing to return ({status})</source>
            <translation>《{title}》未借出，无需归还（{status}）</translation>
        </message>
        <message>
            <source>{title} is on the hold shelf for {name} until {until}</source>
            <translation>《{title}》在预约架上，为 {name} 保留至 {until}</translation>
        </message>
        <message>
            <source>Reserved {title} for {name}: {ahead} reader(s) ahead, until {until}</source>
            <translation>已为 {name} 预约《{title}》：前面还有 {ahead} 人，预约有效期至 {until}</translation>
        </message>
        <message>
            <source>{name} has already reserved {title}</source>
            <translation>{name} 已预约过《{title}》</translation>
        </message>
        <message>
            <source>{title}: {here} on the shelf here, {loaned} on loan, {holds} waiting</source>
            <translation>《{title}》：本书屋在架 {here} 册，借出 {loaned} 册，预约等候 {holds} 人</translation>
        </message>
        <message>
            <source>Same code again within 2 seconds: ignored</source>
            <translation>2 秒内重复扫描同一条码：已忽略</translation>
        </message>
        <message>
            <source>Asset tag {code}: {kind} at {site}, {status}</source>
            <translation>资产标签 {code}：{site}的{kind}，{status}</translation>
        </message>
        <message>
            <source>{title} is withdrawn from the collection</source>
            <translation>《{title}》已剔除</translation>
        </message>
        <message>
            <source>{title}: counted ({count} so far)</source>
            <translation>《{title}》：已清点（目前共 {count} 册）</translation>
        </message>
        <message>
            <source>{code} was already counted: nothing changed</source>
            <translation>{code} 已清点过：未做更改</translation>
        </message>
        <message>
            <source>{title} belongs on the shelves of {site}: recorded, set it aside</source>
            <translation>《{title}》应在 {site} 的书架上：已记录，请放在一边</translation>
        </message>
        <message>
            <source>{title} ({call}) is outside the range being counted: recorded, shelve it in its place</source>
            <translation>《{title}》（{call}）不在本次盘点范围内：已记录，请放回原位</translation>
        </message>
        <message>
            <source>{title} is recorded as on loan but is here: recorded, check it in after the stocktake</source>
            <translation>《{title}》记录为借出，但书在这里：已记录，盘点结束后请办理归还</translation>
        </message>
        <message>
            <source>{title} is recorded as in transit but is here: recorded, receive it after the stocktake</source>
            <translation>《{title}》记录为在途，但书在这里：已记录，盘点结束后请办理接收</translation>
        </message>
        <message>
            <source>{title} is recorded as lost but is here: recorded, check it in after the stocktake</source>
            <translation>《{title}》记录为遗失，但书在这里：已记录，盘点结束后请在借还台扫描找回</translation>
        </message>
        <message>
            <source>{title} is withdrawn from the collection: recorded, take it off the shelf</source>
            <translation>《{title}》已剔除：已记录，请下架</translation>
        </message>
        <message>
            <source>{code} names no copy: recorded as unknown</source>
            <translation>{code} 没有对应的图书：已记为未知条码</translation>
        </message>
        <message>
            <source>Added {title} to transfer {transfer}: {count} in the list</source>
            <translation>已将《{title}》装入调拨 {transfer}：清单共 {count} 册</translation>
        </message>
        <message>
            <source>{title} is already in the list of transfer {transfer}: nothing changed</source>
            <translation>《{title}》已在调拨 {transfer} 的清单中：未做更改</translation>
        </message>
        <message>
            <source>Received {title} from {site}: {done} of {total}</source>
            <translation>已接收 {site} 发来的《{title}》：已收 {done} 册，共 {total} 册</translation>
        </message>
        <message>
            <source>{title} was already received in transfer {transfer}: nothing changed</source>
            <translation>《{title}》已在调拨 {transfer} 中接收过：未做更改</translation>
        </message>
        <message>
            <source>{title} is not in transfer {transfer}: recorded as unexpected, set it aside</source>
            <translation>《{title}》不在调拨 {transfer} 中：已记为清单外，请单独放置</translation>
        </message>
    </context>
    <context>
        <name>DeskRoom</name>
        <message>
            <source>Room:</source>
            <translation>书屋：</translation>
        </message>
        <message>
            <source>Choose this desk's &amp;reading room:</source>
            <translation>请选择本台电脑所在的职工书屋(&amp;R)：</translation>
        </message>
        <message>
            <source>The reading room this computer's desk serves; it is remembered on this computer</source>
            <translation>本台电脑借还台所服务的职工书屋；选择后本机会记住</translation>
        </message>
    </context>
    <context>
        <name>DueCalendar</name>
        <message>
            <source>All sites</source>
            <translation>全部站点</translation>
        </message>
        <message>
            <source>Overdue, and due within (days)</source>
            <translation>显示逾期事项及未来天数内到期：</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在载入…</translation>
        </message>
        <message>
            <source>Nothing is overdue or due in the next {days} days.</source>
            <translation>没有逾期事项，今后 {days} 天内也没有到期事项。</translation>
        </message>
        <message>
            <source>{overdue} overdue, {week} due this week, {later} later.</source>
            <translation>逾期 {overdue} 项，本周到期 {week} 项，之后 {later} 项。</translation>
        </message>
    </context>
    <context>
        <name>DueTableModel</name>
        <message>
            <source>Due on</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>站点</translation>
        </message>
        <message>
            <source>Asset tag</source>
            <translation>资产标签</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>{n} days overdue</source>
            <translation>已逾期 {n} 天</translation>
        </message>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>in {n} days</source>
            <translation>还有 {n} 天</translation>
        </message>
        <message>
            <source>Maintenance: {task}</source>
            <translation>维护：{task}</translation>
        </message>
        <message>
            <source>Expires: {item}</source>
            <translation>到期：{item}</translation>
        </message>
    </context>
    <context>
        <name>EbookHistoryModel</name>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation>借阅日期</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>阅读中</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>已到期</translation>
        </message>
        <message>
            <source>Ended early</source>
            <translation>已提前结束</translation>
        </message>
    </context>
    <context>
        <name>EbookLoanTableModel</name>
        <message>
            <source>Reader</source>
            <translation>读者</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>读者证号</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation>借出日</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>书屋</translation>
        </message>
    </context>
    <context>
        <name>EbookTableModel</name>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation>借出日</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Reading address</source>
            <translation>阅读地址</translation>
        </message>
    </context>
    <context>
        <name>EbooksTab</name>
        <message>
            <source>{title} is lent as an e-book with the code {code}: print its slip for the desk.</source>
            <translation>《{title}》已作为电子书出借，代码 {code}：请打印其借阅卡放在借还台。</translation>
        </message>
        <message>
            <source>{title} is lent again.</source>
            <translation>《{title}》已恢复出借。</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>停止出借</translation>
        </message>
        <message>
            <source>Lend {title} no more? The {n} loans running now keep running until they end.</source>
            <translation>不再出借《{title}》？正在进行的 {n} 笔借阅将持续到期。</translation>
        </message>
        <message>
            <source>{title} is withdrawn.</source>
            <translation>《{title}》已停止出借。</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>收回</translation>
        </message>
        <message>
            <source>End {name}'s loan of {title} now? The reading address stops working.</source>
            <translation>现在结束 {name} 对《{title}》的借阅？阅读地址将随即失效。</translation>
        </message>
        <message>
            <source>The loan of {title} to {name} is ended.</source>
            <translation>{name} 对《{title}》的借阅已结束。</translation>
        </message>
        <message>
            <source>License an e-book…</source>
            <translation>添加电子书…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Show QR</source>
            <translation>显示二维码</translation>
        </message>
        <message>
            <source>Lend again</source>
            <translation>恢复出借</translation>
        </message>
        <message>
            <source>{n} e-book licence(s); lend one at the desk: a reader's card, then its slip.</source>
            <translation>共 {n} 种电子书；在借还台出借：先扫读者证，再扫电子书借阅卡。</translation>
        </message>
        <message>
            <source>Select a licence to see who reads it now.</source>
            <translation>选择一种电子书，查看当前在读的读者。</translation>
        </message>
        <message>
            <source>{title} ({code}): {used} of {cap} in use</source>
            <translation>《{title}》（{code}）：已借 {used} / 共 {cap}</translation>
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
            <source>No database at {path}</source>
            <translation>{path} 处没有数据库</translation>
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
            <source>{isbn} is not a valid ISBN ({why})</source>
            <translation>{isbn} 不是有效的 ISBN（{why}）</translation>
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
            <source>Loan rules must allow 0 to {loans_high} loans, 1 to {days_high} days and 0 to {renewals_high} renewals (got {max_loans}, {loan_days}, {max_renewals})</source>
            <translation>借阅规则须为：可借册数 0 至 {loans_high}，借期 1 至 {days_high} 天，续借次数 0 至 {renewals_high}（收到的是 {max_loans}、{loan_days}、{max_renewals}）</translation>
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
            <source>Choose this desk's reading room first (above the scan box); this database has: {rooms}</source>
            <translation>请先在扫码框上方选择本借还台所在的职工书屋；本数据库中有：{rooms}</translation>
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
        <message>
            <source>{code} is an asset tag of a station, not a library code</source>
            <translation>{code} 是服务站的资产标签，不是图书借阅条码</translation>
        </message>
        <message>
            <source>No title in the catalogue has ISBN {isbn}</source>
            <translation>目录中没有 ISBN 为 {isbn} 的图书</translation>
        </message>
        <message>
            <source>{code} looks like an ISBN but fails its check digit: scan it again</source>
            <translation>{code} 像是 ISBN，但校验位不符：请重新扫描</translation>
        </message>
        <message>
            <source>{name} cannot borrow: the reader is {status}</source>
            <translation>{name} 不能借书：该读者{status}</translation>
        </message>
        <message>
            <source>{name} has {count} overdue book(s): return them before borrowing more</source>
            <translation>{name} 有 {count} 册图书逾期：请先归还再借</translation>
        </message>
        <message>
            <source>{name} already has {count} books, the limit for a {type} reader</source>
            <translation>{name} 已借 {count} 册，已达“{type}”读者的上限</translation>
        </message>
        <message>
            <source>{code} ({title}) is withdrawn from the collection and cannot be lent</source>
            <translation>{code}《{title}》已剔除，不能借出</translation>
        </message>
        <message>
            <source>{code} ({title}) is recorded as lost: scan it with no reader active to record it found first</source>
            <translation>{code}《{title}》记录为遗失：请先在没有当前读者时扫描此书，登记为已找到</translation>
        </message>
        <message>
            <source>{code} ({title}) is on loan to another reader (due {due}): scan it with no reader active to return it first</source>
            <translation>{code}《{title}》已借给另一位读者（应还日期 {due}）：请先在没有当前读者时扫描此书，办理归还</translation>
        </message>
        <message>
            <source>{code} ({title}) is kept aside for another reader's hold until {until}</source>
            <translation>{code}《{title}》已为另一位读者的预约保留至 {until}</translation>
        </message>
        <message>
            <source>{code} ({title}) is travelling in transfer {transfer} to {site}: receive it there first</source>
            <translation>{code}《{title}》正随调拨 {transfer} 发往 {site}：请先在那里接收</translation>
        </message>
        <message>
            <source>{code} ({title}) has been renewed {count} time(s), the most a {type} reader may: return it</source>
            <translation>{code}《{title}》已续借 {count} 次，已达“{type}”读者的上限：请归还</translation>
        </message>
        <message>
            <source>{code} ({title}) is {days} day(s) overdue, and a {type} reader may not renew an overdue book: return it</source>
            <translation>{code}（{title}）已逾期 {days} 天，{type}不能续借逾期图书：请先归还</translation>
        </message>
        <message>
            <source>{code} ({title}) cannot be renewed: {count} other reader(s) are waiting for this title</source>
            <translation>{code}《{title}》不能续借：另有 {count} 位读者在预约等候此书</translation>
        </message>
        <message>
            <source>There is no open loan number {id}</source>
            <translation>没有编号为 {id} 的未还借阅</translation>
        </message>
        <message>
            <source>There is no active hold number {id}</source>
            <translation>没有编号为 {id} 的有效预约</translation>
        </message>
        <message>
            <source>{title} has {count} copy(ies) on the shelf here: scan one to lend it instead of reserving</source>
            <translation>《{title}》在本书屋有 {count} 册在架：请扫描其中一册直接借出，无需预约</translation>
        </message>
        <message>
            <source>{name} already has {title} on loan</source>
            <translation>{name} 已借有《{title}》</translation>
        </message>
        <message>
            <source>{code} is not a copy: only copies can be scanned into {what}</source>
            <translation>{code} 不是图书条码：扫描到{what}中的只能是图书</translation>
        </message>
        <message>
            <source>There is no transfer number {id}</source>
            <translation>没有编号为 {id} 的调拨</translation>
        </message>
        <message>
            <source>Transfer {id} is {status}: it cannot be {action} now</source>
            <translation>调拨 {id} 已{status}，现在不能{action}</translation>
        </message>
        <message>
            <source>Transfer {id} goes from {source} to {target}, not to or from {site}</source>
            <translation>调拨 {id} 是从 {source} 发往 {target}，与 {site} 无关</translation>
        </message>
        <message>
            <source>{code} ({title}) cannot go in a transfer: it is {status}</source>
            <translation>{code}《{title}》不能调拨：该书{status}</translation>
        </message>
        <message>
            <source>{code} ({title}) belongs on the shelves of {site}, not of this room</source>
            <translation>{code}《{title}》属于 {site} 的书架，不属于本书屋</translation>
        </message>
        <message>
            <source>Transfer {id} has no copies: scan some into it before sending</source>
            <translation>调拨 {id} 中没有图书：请先扫描装入再发出</translation>
        </message>
        <message>
            <source>A book box must come back after today, not on {date}</source>
            <translation>漂流书箱的归还日期必须晚于今天，不能是 {date}</translation>
        </message>
        <message>
            <source>There is no open stocktake number {id}</source>
            <translation>没有编号为 {id} 的进行中盘点</translation>
        </message>
        <message>
            <source>Stocktake {id} of {site} is still open: finish or cancel it first</source>
            <translation>{site} 的盘点 {id} 仍在进行：请先完成或取消</translation>
        </message>
        <message>
            <source>All {cap} licence(s) of the e-book {title} are in use; the next frees up on {date}</source>
            <translation>电子书《{title}》的 {cap} 个借阅名额已全部借出；下一个名额 {date} 空出</translation>
        </message>
        <message>
            <source>The e-book {title} is no longer lent (its licence was withdrawn)</source>
            <translation>电子书《{title}》已停止出借（授权已撤回）</translation>
        </message>
        <message>
            <source>There is no current e-book loan number {id}</source>
            <translation>没有编号为 {id} 的进行中电子书借阅</translation>
        </message>
        <message>
            <source>An e-book needs an http(s) address and at least one licence and one day (got {url}, {cap}, {days})</source>
            <translation>电子书需要 http(s) 地址、至少 1 个借阅名额和至少 1 天借期（收到的是 {url}、{cap}、{days}）</translation>
        </message>
        <message>
            <source>The database {path} is damaged; nothing was changed. Restore it from a backup copy</source>
            <translation>数据库 {path} 已损坏，未做任何更改。请用备份副本恢复</translation>
        </message>
        <message>
            <source>Reading or writing the database file {path} failed (a disk or network error); nothing was changed</source>
            <translation>读写数据库文件 {path} 失败（磁盘或网络故障），未做任何更改</translation>
        </message>
        <message>
            <source>This copy was lent a moment ago at another desk; nothing was changed</source>
            <translation>此册刚在另一服务台借出，未做任何更改</translation>
        </message>
        <message>
            <source>The reader already has a hold on this title; nothing was changed</source>
            <translation>该读者已预约此书，未做任何更改</translation>
        </message>
        <message>
            <source>Another record already has this value ({constraint}); nothing was changed</source>
            <translation>已有其他记录使用此值（{constraint}），未做任何更改</translation>
        </message>
        <message>
            <source>The change breaks a rule of the database ({constraint}); nothing was changed</source>
            <translation>此更改违反数据库规则（{constraint}），未做任何更改</translation>
        </message>
        <message>
            <source>Only a SQLite database file can be checked here; {url} is checked by its server</source>
            <translation>此处只能检查 SQLite 数据库文件；{url} 由其服务器自行检查</translation>
        </message>
        <message>
            <source>{field} is too long: {length} characters, at most {limit}</source>
            <translation>{field}过长：{length} 个字符，最多 {limit} 个</translation>
        </message>
        <message>
            <source>Cannot read {path}: it is not an ordinary file (a device, a pipe or a socket)</source>
            <translation>无法读取 {path}：它不是普通文件（而是设备、管道或套接字）</translation>
        </message>
        <message>
            <source>{path} is too large to import ({size} MB; at most {limit} MB): split it into smaller files</source>
            <translation>{path} 太大，无法导入（{size} MB，最多 {limit} MB）：请拆分成较小的文件</translation>
        </message>
        <message>
            <source>{path} has data at row {row}, column {column}: Shuyi reads at most {rows} rows and {columns} columns; split the sheet or delete what lies beyond</source>
            <translation>{path} 在第 {row} 行第 {column} 列有数据：书驿最多读取 {rows} 行、{columns} 列；请拆分工作表，或删除超出范围的内容</translation>
        </message>
        <message>
            <source>{code} is not a Shuyi code: Shuyi codes use only the letters A–Z and the digits 0–9</source>
            <translation>{code} 不是书驿的条码：书驿条码只使用字母 A–Z 和数字 0–9</translation>
        </message>
        <message>
            <source>{path}: columns {first} and {second} hold the same field; rename or delete one of them, or choose the columns in the import window</source>
            <translation>{path}：列 {first} 和列 {second} 是同一个字段；请重命名或删除其中一列，或在导入窗口中选择要导入的列</translation>
        </message>
        <message>
            <source>Stocktake {id} counts the shelves of {site}, not of {here}</source>
            <translation>盘点 {id} 清点的是 {site} 的书架，不是 {here} 的</translation>
        </message>
        <message>
            <source>Stocktake {id} is {status}: only a finished stocktake can mark copies lost</source>
            <translation>盘点 {id} 已{status}：只有已完成的盘点才能将图书记为遗失</translation>
        </message>
        <message>
            <source>The range {call_from} to {call_to} is empty: the first call number must come before the last</source>
            <translation>索书号范围 {call_from} 至 {call_to} 为空：起始索书号必须排在截止索书号之前</translation>
        </message>
        <message>
            <source>A transfer goes to another site, not from {site} to itself</source>
            <translation>调拨须发往其他站点，不能从 {site} 发往自身</translation>
        </message>
        <message>
            <source>{site} closed on {date}: nothing can be sent there</source>
            <translation>{site} 已于 {date} 关闭：不能再向其发送</translation>
        </message>
        <message>
            <source>{code} ({title}) is already in transfer {transfer}, not yet sent: remove it from there first</source>
            <translation>{code}《{title}》已在尚未发出的调拨 {transfer} 中：请先从中移出</translation>
        </message>
        <message>
            <source>{code} is not in the list of transfer {id}</source>
            <translation>{code} 不在调拨 {id} 的清单中</translation>
        </message>
        <message>
            <source>Transfer {id} is not a book box sent out: only book boxes come back</source>
            <translation>调拨 {id} 不是已发出的漂流书箱：只有漂流书箱才能收回</translation>
        </message>
        <message>
            <source>{what} must be from {low} to {high}, not {value}</source>
            <translation>{what} 应在 {low} 至 {high} 之间，不能是 {value}</translation>
        </message>
        <message>
            <source>{what} must be a whole number, not {text}</source>
            <translation>{what} 应为整数，不能是 {text}</translation>
        </message>
        <message>
            <source>An e-book needs at least one licence and one day, at most {cap_high} readers at once and {days_high} days a loan (got {cap}, {days})</source>
            <translation>电子书至少需要 1 个借阅名额和 1 天借期，最多 {cap_high} 人同时借阅、借期最长 {days_high} 天（收到的是 {cap}、{days}）</translation>
        </message>
        <message>
            <source>{value!r} is not in the list of {vocabulary}; it has: {choices}</source>
            <translation>{value!r} 不在{vocabulary}列表中；可选：{choices}</translation>
        </message>
        <message>
            <source>{value!r} is already in the list of {vocabulary}</source>
            <translation>{value!r} 已在{vocabulary}列表中</translation>
        </message>
        <message>
            <source>Opening hours {text!r} are not understood ({reason}); write them like "Mo-Fr 08:00-18:00; Sa,Su 09:00-17:00" or "24/7"</source>
            <translation>无法识别开放时间 {text!r}（{reason}）；请写成“Mo-Fr 08:00-18:00; Sa,Su 09:00-17:00”或“24/7”</translation>
        </message>
        <message>
            <source>{text!r} is not a date; write it like 2026-11-01</source>
            <translation>{text!r} 不是日期；请写成 2026-11-01 这样的格式</translation>
        </message>
        <message>
            <source>{what} {date} is after today ({today}): record what has happened</source>
            <translation>{what} {date} 晚于今天（{today}）：只能记录已经发生的事</translation>
        </message>
        <message>
            <source>There is no standard called {name!r}; there are: {choices}</source>
            <translation>没有名为 {name!r} 的标准；现有：{choices}</translation>
        </message>
        <message>
            <source>A standard called {name!r} already exists; import with --replace to replace it</source>
            <translation>已有名为 {name!r} 的标准；如要替换，请加 --replace 导入</translation>
        </message>
        <message>
            <source>A standard called {name!r} already exists; choose to replace it, or give the new one another name</source>
            <translation>已有名为 {name!r} 的标准；请选择替换，或给新标准另取名称</translation>
        </message>
        <message>
            <source>{name!r} is a built-in standard and cannot be replaced; import yours under another name</source>
            <translation>{name!r} 是内置标准，不能替换；请用其他名称导入您的标准</translation>
        </message>
        <message>
            <source>The standard in {file} cannot be used: {reason}</source>
            <translation>{file} 中的标准无法使用：{reason}</translation>
        </message>
        <message>
            <source>Item {item!r} of the standard cannot be used: {reason}</source>
            <translation>标准的项目 {item!r} 无法使用：{reason}</translation>
        </message>
        <message>
            <source>Item {item!r} names the facility kind {value!r}, which is not in the list; it has: {choices}</source>
            <translation>项目 {item!r} 的设施类型 {value!r} 不在列表中；可选：{choices}</translation>
        </message>
        <message>
            <source>Item {item!r} names the fact {value!r}, which Shuyi does not record; it records: {choices}</source>
            <translation>项目 {item!r} 的事实 {value!r} 书驿不记录；可记录的有：{choices}</translation>
        </message>
        <message>
            <source>The item key {key!r} appears more than once in the standard</source>
            <translation>项目编号 {key!r} 在标准中出现了不止一次</translation>
        </message>
        <message>
            <source>Star thresholds {text!r} are not understood: give five percentages from 0 to 100, each at least the one before, like 20,40,60,80,100</source>
            <translation>无法识别星级阈值 {text!r}：请给出 5 个 0 至 100 的百分数，后一个不小于前一个，例如 20,40,60,80,100</translation>
        </message>
        <message>
            <source>{code} is a reading room, not a service station</source>
            <translation>{code} 是职工书屋，不是服务站</translation>
        </message>
        <message>
            <source>{value!r} is not a kind of inspection; the kinds are: {choices}</source>
            <translation>{value!r} 不是检查类型；可选：{choices}</translation>
        </message>
        <message>
            <source>{item!r} is not on the checklist of {site}; the items are: {choices}</source>
            <translation>{item!r} 不在 {site} 的检查清单中；清单项目：{choices}</translation>
        </message>
        <message>
            <source>Item {item!r} is answered more than once in this inspection</source>
            <translation>项目 {item!r} 在本次检查中填写了不止一次</translation>
        </message>
        <message>
            <source>An inspection needs at least one item passed or failed (--pass ITEM, --fail ITEM)</source>
            <translation>一次检查至少要有一个项目合格或不合格（--pass 项目，--fail 项目）</translation>
        </message>
        <message>
            <source>Mark at least one item of the checklist as passed or failed</source>
            <translation>请至少将清单中的一个项目标为合格或不合格</translation>
        </message>
        <message>
            <source>A failed item needs a deadline to put it right (--deadline DATE)</source>
            <translation>不合格项目需要整改期限（--deadline 日期）</translation>
        </message>
        <message>
            <source>Give every failed item a deadline to put it right</source>
            <translation>请为每个不合格项目给出整改期限</translation>
        </message>
        <message>
            <source>The deadline {deadline} must be after {after}</source>
            <translation>整改期限 {deadline} 必须晚于 {after}</translation>
        </message>
        <message>
            <source>{what} {date} is before {earliest}, the day of the inspection or of the last re-check</source>
            <translation>{what} {date} 早于 {earliest}（检查日或上次复查日）</translation>
        </message>
        <message>
            <source>There is no rectification number {id}</source>
            <translation>没有编号为 {id} 的整改</translation>
        </message>
        <message>
            <source>There is no inspection number {id}</source>
            <translation>没有编号为 {id} 的检查</translation>
        </message>
        <message>
            <source>Rectification {id} was closed on {closed_on} by a passing re-check</source>
            <translation>整改 {id} 已于 {closed_on} 复查通过并销号</translation>
        </message>
        <message>
            <source>Say whether the re-check passed (--pass) or failed (--fail --deadline DATE)</source>
            <translation>请说明复查是否通过（--pass）或不通过（--fail --deadline 日期）</translation>
        </message>
        <message>
            <source>Say whether the re-check passed or failed</source>
            <translation>请说明复查是否通过</translation>
        </message>
        <message>
            <source>The fixes recorded for rectification {id} would pass {limit} characters; say it shorter</source>
            <translation>整改 {id} 记录的整改情况将超过 {limit} 个字符；请写得简短些</translation>
        </message>
        <message>
            <source>A service lasts more than 0 and at most 24 hours, not {value}</source>
            <translation>服务时长须大于 0 且不超过 24 小时，不能是 {value}</translation>
        </message>
        <message>
            <source>The shift {text!r} is not understood ({reason}); write the days like Mo-Fr or Sa,Su and the time like 08:00-14:00</source>
            <translation>无法识别班次 {text!r}（{reason}）；星期请写成 Mo-Fr 或 Sa,Su，时间写成 08:00-14:00</translation>
        </message>
        <message>
            <source>There is no shift {id} on the duty roster of {code}</source>
            <translation>{code} 的排班中没有班次 {id}</translation>
        </message>
        <message>
            <source>{file} has no date column and no count column: it needs 日期/date, and either 职业/occupation with 人次/count or one column per occupation (外卖骑手, 快递员…)</source>
            <translation>{file} 缺少日期列或人次列：需要“日期”列，并且要么有“职业”和“人次”两列，要么每个职业一列（外卖骑手、快递员……）</translation>
        </message>
        <message>
            <source>{text!r} is not an occupation and a count like 外卖骑手=12</source>
            <translation>{text!r} 不是“职业=人次”的写法，例如 外卖骑手=12</translation>
        </message>
        <message>
            <source>{file} has no station column (站点): say which station its counts are for with --site CODE</source>
            <translation>{file} 没有“站点”列：请用 --site 站点代码 说明这些人次属于哪个服务站</translation>
        </message>
        <message>
            <source>{file} has no station column (站点): choose the station its counts are for</source>
            <translation>{file} 没有“站点”列：请选择这些人次所属的服务站</translation>
        </message>
        <message>
            <source>the same station, day and occupation as row {row}</source>
            <translation>与第 {row} 行的站点、日期和职业重复</translation>
        </message>
        <message>
            <source>A travel speed of {value} km/h is not possible: give one above 0 and at most {most} km/h</source>
            <translation>出行速度 {value} 公里/小时不可行：请给出大于 0、不超过 {most} 公里/小时的速度</translation>
        </message>
        <message>
            <source>A travel time of {value} minutes is not possible: give one above 0 and at most {most} minutes</source>
            <translation>出行时间 {value} 分钟不可行：请给出大于 0、不超过 {most} 分钟的时间</translation>
        </message>
        <message>
            <source>A detour factor of {value} is not possible: a road is never shorter than the straight line, so give 1 to {most}</source>
            <translation>绕行系数 {value} 不可行：道路不会比直线更短，请给出 1 到 {most} 之间的值</translation>
        </message>
        <message>
            <source>There are no demand points to measure: import demand points or make a grid first</source>
            <translation>没有可计算的需求点：请先导入需求点或生成网格</translation>
        </message>
        <message>
            <source>There is no demand layer called {name!r}; this database has: {layers}</source>
            <translation>没有名为 {name!r} 的需求图层；本数据库有：{layers}</translation>
        </message>
        <message>
            <source>The points lie up to {km} km from their centre; coverage is computed for one county or city at a time (at most {most} km)</source>
            <translation>这些点距其中心最远达 {km} 公里；覆盖按一个县或市计算（最远 {most} 公里）</translation>
        </message>
        <message>
            <source>Cannot choose {k} new stations from {candidates} candidate places</source>
            <translation>无法从 {candidates} 个候选地点中选出 {k} 个新驿站</translation>
        </message>
        <message>
            <source>There are no candidate places to choose new stations from ({reason})</source>
            <translation>没有可供选址的候选地点（{reason}）</translation>
        </message>
        <message>
            <source>Cannot read the candidate places in {path}: {reason}</source>
            <translation>无法读取 {path} 中的候选地点：{reason}</translation>
        </message>
        <message>
            <source>Say which datum the coordinates in {path} are in: a column datum (wgs84, gcj02 or bd09) or --crs</source>
            <translation>请说明 {path} 中坐标所用的坐标系：用 datum 列（wgs84、gcj02 或 bd09）或 --crs</translation>
        </message>
        <message>
            <source>Say which datum the coordinates in {path} are in: a column datum (wgs84, gcj02 or bd09), or choose one</source>
            <translation>请说明 {path} 中坐标所用的坐标系：用 datum 列（wgs84、gcj02 或 bd09），或选择一个</translation>
        </message>
        <message>
            <source>A candidate grid spacing of {value} m is not possible: give {least} to {most} m</source>
            <translation>候选网格间距 {value} 米不可行：请给出 {least} 到 {most} 米</translation>
        </message>
        <message>
            <source>{path} is not usable GeoJSON: {reason}</source>
            <translation>{path} 不是可用的 GeoJSON：{reason}</translation>
        </message>
        <message>
            <source>Feature {feature} of {path} is a {kind}, not a Polygon or MultiPolygon: a boundary is an area</source>
            <translation>{path} 的第 {feature} 个要素是 {kind}，不是 Polygon 或 MultiPolygon：边界必须是面</translation>
        </message>
        <message>
            <source>Feature {feature} of {path} has a point at {lng}, {lat}, outside China: a boundary must be in degrees of longitude and latitude, longitude first</source>
            <translation>{path} 的第 {feature} 个要素有一个点 {lng}, {lat} 在中国境外：边界坐标必须是经纬度（度），经度在前</translation>
        </message>
        <message>
            <source>{path} does not say which datum its coordinates are in: give --crs gcj02 (Gaode, Tencent), bd09 (Baidu) or wgs84 (GPS), or a column 坐标系</source>
            <translation>{path} 没有说明坐标系：请用 --crs 指定 gcj02（高德、腾讯）、bd09（百度）或 wgs84（GPS），或在文件中加一列“坐标系”</translation>
        </message>
        <message>
            <source>{path} does not say which datum its coordinates are in: choose GCJ-02 (Gaode, Tencent), BD-09 (Baidu) or WGS-84 (GPS)</source>
            <translation>{path} 没有说明坐标系：请选择 GCJ-02（高德、腾讯）、BD-09（百度）或 WGS-84（GPS）</translation>
        </message>
        <message>
            <source>{value!r} is not a datum Shuyi knows: gcj02, bd09 or wgs84</source>
            <translation>{value!r} 不是书驿认识的坐标系：gcj02、bd09 或 wgs84</translation>
        </message>
        <message>
            <source>{path} has no longitude and latitude columns (lng and lat, or 经度 and 纬度); its columns are: {headers}</source>
            <translation>{path} 没有经纬度列（lng 和 lat，或 经度 和 纬度）；它的列是：{headers}</translation>
        </message>
        <message>
            <source>{path} has no column {column!r}; its columns are: {headers}</source>
            <translation>{path} 没有 {column!r} 列；它的列是：{headers}</translation>
        </message>
        <message>
            <source>None of the {rows} rows of {path} could be imported; nothing changed</source>
            <translation>{path} 的 {rows} 行都无法导入；未做任何更改</translation>
        </message>
        <message>
            <source>{field} is empty</source>
            <translation>{field} 为空</translation>
        </message>
        <message>
            <source>{field} {value!r} is not a number</source>
            <translation>{field} {value!r} 不是数字</translation>
        </message>
        <message>
            <source>{lng}, {lat} is not a place in China (no position, swapped or foreign coordinates?)</source>
            <translation>{lng}, {lat} 不在中国境内（没有位置、经纬度颠倒还是境外坐标？）</translation>
        </message>
        <message>
            <source>weight {value} must be more than 0</source>
            <translation>权重 {value} 必须大于 0</translation>
        </message>
        <message>
            <source>a {kind}, not a Point</source>
            <translation>是 {kind}，不是 Point（点）</translation>
        </message>
        <message>
            <source>No boundary has been imported yet: import one first (shuyi coverage boundary import FILE)</source>
            <translation>还没有导入边界：请先导入（shuyi coverage boundary import 文件）</translation>
        </message>
        <message>
            <source>No boundary has been imported yet: import one first</source>
            <translation>还没有导入边界：请先导入边界</translation>
        </message>
        <message>
            <source>No boundary is called {name!r}; there are: {choices}</source>
            <translation>没有名为 {name!r} 的边界；现有：{choices}</translation>
        </message>
        <message>
            <source>No demand layer is called {name!r}; there are: {choices}</source>
            <translation>没有名为 {name!r} 的需求图层；现有：{choices}</translation>
        </message>
        <message>
            <source>A grid cell of {cell} m is outside {low}–{high} m</source>
            <translation>网格边长 {cell} 米不在 {low}–{high} 米之间</translation>
        </message>
        <message>
            <source>A {cell} m grid over {area} km² would have about {cells} cells, more than {limit}: the cell is too small for the area; use at least {smallest} m</source>
            <translation>在 {area} 平方公里上铺 {cell} 米网格约有 {cells} 格，超过上限 {limit}：网格对这片区域太小，请至少用 {smallest} 米</translation>
        </message>
        <message>
            <source>No centre of a {cell} m cell lies inside {boundaries}: use a smaller cell; nothing changed</source>
            <translation>{boundaries} 内没有任何 {cell} 米网格的中心：请用更小的网格；未做任何更改</translation>
        </message>
        <message>
            <source>No point of layer {layer!r} lies inside {boundaries}, so every cell would weigh 0; nothing changed</source>
            <translation>图层 {layer!r} 没有点落在 {boundaries} 内，每格权重都会是 0；未做任何更改</translation>
        </message>
        <message>
            <source>{code} is {what}, not an asset tag of a facility</source>
            <translation>{code} 是{what}，不是设施的资产标签</translation>
        </message>
        <message>
            <source>{value!r} is not a facility status; use one of: {choices}</source>
            <translation>{value!r} 不是设施状态；可用：{choices}</translation>
        </message>
        <message>
            <source>{code} was scrapped on {on}: a scrapped facility takes no more changes</source>
            <translation>{code} 已于 {on} 报废：报废的设施不能再作任何更改</translation>
        </message>
        <message>
            <source>{code} is already {status}: nothing to change</source>
            <translation>{code} 已是“{status}”状态：无需更改</translation>
        </message>
        <message>
            <source>{code} last changed status on {last}; a new change cannot be dated earlier ({on})</source>
            <translation>{code} 上次变更状态是在 {last}；新的变更日期不能更早（{on}）</translation>
        </message>
        <message>
            <source>A {kind} is registered one by one: a quantity of {quantity} is only for counted kinds (tables and chairs, rain gear, fire extinguishers…)</source>
            <translation>{kind}须逐台登记：数量 {quantity} 只适用于按数量登记的类别（桌椅、雨具、灭火器等）</translation>
        </message>
        <message>
            <source>{value!r} is not where a facility came from; use one of: {choices}</source>
            <translation>{value!r} 不是设施来源；可用：{choices}</translation>
        </message>
        <message>
            <source>{text!r} is not an amount in yuan; write it like 120.50 (at most 1,000,000 yuan, two decimals)</source>
            <translation>{text!r} 不是以元为单位的金额；请写成 120.50 这样的格式（最多 1,000,000 元，两位小数）</translation>
        </message>
        <message>
            <source>{code} has no maintenance plan number {id}</source>
            <translation>{code} 没有编号为 {id} 的维护计划</translation>
        </message>
        <message>
            <source>A maintenance plan is either every N months (1 to 120) or before a season (summer or winter), not both or neither</source>
            <translation>维护计划要么每 N 个月一次（1 至 120），要么在季节前完成（夏季或冬季），二者必选其一</translation>
        </message>
        <message>
            <source>{code} has nothing called {item!r} waiting to expire</source>
            <translation>{code} 没有名为 {item!r} 的待到期物品</translation>
        </message>
        <message>
            <source>{text!r} is not a position: paste it as a map picker gives it, longitude first, e.g. 119.7985,33.4712</source>
            <translation>{text!r} 不是坐标：请按地图坐标拾取器给出的格式粘贴，经度在前，例如 119.7985,33.4712</translation>
        </message>
        <message>
            <source>Position {lng}, {lat} has a zero in it, the placeholder of a place nobody located; leave the position empty or give the real one</source>
            <translation>坐标 {lng}, {lat} 含有 0，这是“未定位”的占位值；请留空坐标或填写真实位置</translation>
        </message>
        <message>
            <source>Position {lng}, {lat} is outside China (longitude 73.4–135.1, latitude 3.8–53.6); check the numbers and their order</source>
            <translation>坐标 {lng}, {lat} 不在中国境内（经度 73.4–135.1，纬度 3.8–53.6）；请检查数字及其先后顺序</translation>
        </message>
        <message>
            <source>A position needs both a longitude and a latitude</source>
            <translation>坐标需要同时填写经度和纬度</translation>
        </message>
        <message>
            <source>{text!r} is not a way a station is built; it is one of: {choices}</source>
            <translation>{text!r} 不是驿站建设方式；可选：{choices}</translation>
        </message>
        <message>
            <source>{text!r} is not a fact recorded about a site; they are: {choices}</source>
            <translation>{text!r} 不是可登记的站点情况；可选：{choices}</translation>
        </message>
        <message>
            <source>There is no standard called {text!r}; there are: {choices}</source>
            <translation>没有名为 {text!r} 的建设标准；现有：{choices}</translation>
        </message>
        <message>
            <source>{code} is a reading room: {field} belongs to service stations only</source>
            <translation>{code} 是职工书屋：{field}仅适用于服务站</translation>
        </message>
        <message>
            <source>{phone} is neither a mobile number (11 digits starting 13–19) nor a landline like 0515-86212345</source>
            <translation>{phone} 既不是手机号（以 13–19 开头的 11 位数字），也不是 0515-86212345 这样的固定电话</translation>
        </message>
        <message>
            <source>The area must be a number of square metres above 0 and at most {high}, not {text}</source>
            <translation>面积应为大于 0、不超过 {high} 的平方米数，不能是 {text}</translation>
        </message>
        <message>
            <source>A date or body awarding stars needs the stars themselves (1 to 5)</source>
            <translation>填写评星日期或评定单位时，须同时填写星级（1 至 5 星）</translation>
        </message>
        <message>
            <source>{code} was already retired on {closed_on}</source>
            <translation>{code} 已于 {closed_on} 停用</translation>
        </message>
        <message>
            <source>{code} is open; only a retired site can be re-opened</source>
            <translation>{code} 仍在使用；只有已停用的站点才能重新启用</translation>
        </message>
        <message>
            <source>{code} is retired; re-open it before changing it</source>
            <translation>{code} 已停用；请先重新启用再修改</translation>
        </message>
        <message>
            <source>{code} still has {loans} books on loan and {transfers} transfers under way; receive them back or move them before retiring it</source>
            <translation>{code} 仍有 {loans} 册图书在借、{transfers} 个调拨未完成；请先收回或转移后再停用</translation>
        </message>
        <message>
            <source>{code} already has {what}; its kind cannot change now (retire it and add a new site)</source>
            <translation>{code} 已有{what}，不能再更改类型（请停用后另建站点）</translation>
        </message>
        <message>
            <source>{text!r} is not a kind of site; use reading_room (职工书屋) or service_station (服务站)</source>
            <translation>{text!r} 不是站点类型；请使用 reading_room（职工书屋）或 service_station（服务站）</translation>
        </message>
        <message>
            <source>The row has no site code; every site needs one (2 to 6 capital letters or digits)</source>
            <translation>该行没有站点代码；每个站点都需要代码（2 至 6 位大写字母或数字）</translation>
        </message>
        <message>
            <source>{path} has no column of site codes (代码, 编号 or code); every site needs its code</source>
            <translation>{path} 没有站点代码列（代码、编号或 code）；每个站点都需要代码</translation>
        </message>
        <message>
            <source>Site code {code} is already used by row {first} of this file</source>
            <translation>站点代码 {code} 已被本文件第 {first} 行使用</translation>
        </message>
        <message>
            <source>{field} {text!r} is not understood</source>
            <translation>无法识别{field} {text!r}</translation>
        </message>
    </context>
    <context>
        <name>ExpiryDialog</name>
        <message>
            <source>Add an expiry date</source>
            <translation>添加到期日</translation>
        </message>
        <message>
            <source>What of {code} runs out, and when. An item that already has a date is replaced: the old date is closed today.</source>
            <translation>{code} 的什么物品何时到期。已有到期日的同名物品将被替换：旧的到期日今天关闭。</translation>
        </message>
        <message>
            <source>&amp;Item</source>
            <translation>物品(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Expires on</source>
            <translation>到期日(&amp;E)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
    </context>
    <context>
        <name>Facilities</name>
        <message>
            <source>a book's label</source>
            <translation>图书标签</translation>
        </message>
        <message>
            <source>a reader card</source>
            <translation>读者证</translation>
        </message>
        <message>
            <source>an e-book slip</source>
            <translation>电子书借阅单</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>Broken</source>
            <translation>故障</translation>
        </message>
        <message>
            <source>Being repaired</source>
            <translation>维修中</translation>
        </message>
        <message>
            <source>Out of service</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Scrapped</source>
            <translation>报废</translation>
        </message>
        <message>
            <source>Provided by the union</source>
            <translation>工会配发</translation>
        </message>
        <message>
            <source>Owned by the host unit</source>
            <translation>依托单位自有</translation>
        </message>
        <message>
            <source>Donated</source>
            <translation>捐赠</translation>
        </message>
    </context>
    <context>
        <name>FacilitiesPage</name>
        <message>
            <source>Facilities</source>
            <translation>设施</translation>
        </message>
        <message>
            <source>Scan or type an asset tag (A…) and press Enter</source>
            <translation>扫描或输入资产标签（A…）后按回车</translation>
        </message>
        <message>
            <source>Search brand, model, note, site…</source>
            <translation>搜索品牌、型号、备注、站点…</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>全部站点</translation>
        </message>
        <message>
            <source>Every status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Change status…</source>
            <translation>变更状态…</translation>
        </message>
        <message>
            <source>Record maintenance…</source>
            <translation>记录维护…</translation>
        </message>
        <message>
            <source>Add plan…</source>
            <translation>添加计划…</translation>
        </message>
        <message>
            <source>Add expiry date…</source>
            <translation>添加到期日…</translation>
        </message>
        <message>
            <source>Print tags…</source>
            <translation>打印标签…</translation>
        </message>
        <message>
            <source>Due and overdue</source>
            <translation>到期提醒</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>{n} facilities, {broken} broken or being repaired</source>
            <translation>共 {n} 项设施，其中 {broken} 项故障或维修中</translation>
        </message>
        <message>
            <source>{code}: {kind} at {site}, {status}</source>
            <translation>{code}：{site}的{kind}，{status}</translation>
        </message>
    </context>
    <context>
        <name>FacilitiesPanel</name>
        <message>
            <source>Loading…</source>
            <translation>正在载入…</translation>
        </message>
        <message>
            <source>No facilities are registered at this site yet.</source>
            <translation>本站点尚未登记设施。</translation>
        </message>
        <message>
            <source>{n} facilities</source>
            <translation>共 {n} 项设施</translation>
        </message>
        <message>
            <source>; not working: {kinds}</source>
            <translation>；不能正常使用：{kinds}</translation>
        </message>
    </context>
    <context>
        <name>FacilityDetailView</name>
        <message>
            <source>Status history</source>
            <translation>状态记录</translation>
        </message>
        <message>
            <source>Maintenance log</source>
            <translation>维护记录</translation>
        </message>
        <message>
            <source>Plans and expiry dates</source>
            <translation>计划与到期</translation>
        </message>
        <message>
            <source>Choose a facility, or scan its asset tag, to see its history here.</source>
            <translation>选择一项设施，或扫描其资产标签，即可在此查看它的记录。</translation>
        </message>
        <message>
            <source>Status: {status} since {since}</source>
            <translation>状态：{status}（自 {since} 起）</translation>
        </message>
        <message>
            <source>Quantity: {n}</source>
            <translation>数量：{n}</translation>
        </message>
        <message>
            <source>Acquired {on} {source}</source>
            <translation>购置 {on} {source}</translation>
        </message>
        <message>
            <source>Maintenance log ({n})</source>
            <translation>维护记录（{n}）</translation>
        </message>
        <message>
            <source>Plans and expiry dates ({n})</source>
            <translation>计划与到期（{n}）</translation>
        </message>
    </context>
    <context>
        <name>FacilityDialog</name>
        <message>
            <source>Edit facility</source>
            <translation>编辑设施</translation>
        </message>
        <message>
            <source>Add a facility</source>
            <translation>添加设施</translation>
        </message>
        <message>
            <source>It gets an asset tag to print and stick on it.</source>
            <translation>设施将获得一个资产标签，可打印后贴在设施上。</translation>
        </message>
        <message>
            <source>Asset tag {code}</source>
            <translation>资产标签 {code}</translation>
        </message>
        <message>
            <source>&amp;Site</source>
            <translation>站点(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>类别(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Quantity</source>
            <translation>数量(&amp;Q)</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>状态(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Brand</source>
            <translation>品牌(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Model</source>
            <translation>型号(&amp;M)</translation>
        </message>
        <message>
            <source>Serial &amp;number</source>
            <translation>出厂编号(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Acquired on</source>
            <translation>购置日期(&amp;A)</translation>
        </message>
        <message>
            <source>S&amp;ource</source>
            <translation>来源(&amp;O)</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
    </context>
    <context>
        <name>FacilityTableModel</name>
        <message>
            <source>Asset tag</source>
            <translation>资产标签</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>站点</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>状态起始</translation>
        </message>
        <message>
            <source>Brand and model</source>
            <translation>品牌型号</translation>
        </message>
    </context>
    <context>
        <name>Facts</name>
        <message>
            <source>Listed on Gaode/Baidu/Tencent maps</source>
            <translation>地图可查（高德/百度/腾讯地图已标注）</translation>
        </message>
        <message>
            <source>Unified sign and name</source>
            <translation>统一标识名称</translation>
        </message>
        <message>
            <source>Rules posted</source>
            <translation>规范制度上墙</translation>
        </message>
        <message>
            <source>12351 hotline sign posted</source>
            <translation>张贴 12351 热线标识</translation>
        </message>
        <message>
            <source>Records book kept</source>
            <translation>台账齐全</translation>
        </message>
        <message>
            <source>Reasonable layout</source>
            <translation>布局合理</translation>
        </message>
        <message>
            <source>Functions complete</source>
            <translation>功能完善</translation>
        </message>
        <message>
            <source>Indoor space</source>
            <translation>有室内场所</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
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
            <source>Place</source>
            <translation>出版地</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>出版年</translation>
        </message>
        <message>
            <source>Publication year</source>
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
            <source>Number of copies</source>
            <translation>册数</translation>
        </message>
        <message>
            <source>Class number</source>
            <translation>分类号</translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>主题词</translation>
        </message>
        <message>
            <source>Shelf</source>
            <translation>架位</translation>
        </message>
        <message>
            <source>Old barcode</source>
            <translation>原条码</translation>
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
            <source>Member card no.</source>
            <translation>会员卡号</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>期号</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>打印机</translation>
        </message>
        <message>
            <source>Address (URL)</source>
            <translation>网址</translation>
        </message>
        <message>
            <source>Days ahead</source>
            <translation>提前天数</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Acquired on</source>
            <translation>购置日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Date of the change</source>
            <translation>变更日期</translation>
        </message>
        <message>
            <source>Date of the work</source>
            <translation>维护日期</translation>
        </message>
        <message>
            <source>Work done</source>
            <translation>维护内容</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>维护任务</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>物品</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>间隔月数</translation>
        </message>
        <message>
            <source>Built from existing resources</source>
            <translation>整合现有资源建</translation>
        </message>
        <message>
            <source>Built to the company's size</source>
            <translation>按照企业规模建</translation>
        </message>
        <message>
            <source>Built for workers' needs</source>
            <translation>针对职工需求建</translation>
        </message>
        <message>
            <source>Built to suit an industrial park</source>
            <translation>结合园区特点建</translation>
        </message>
        <message>
            <source>Station kind</source>
            <translation>驿站类型</translation>
        </message>
        <message>
            <source>Build mode</source>
            <translation>建设方式</translation>
        </message>
        <message>
            <source>Star rating</source>
            <translation>星级</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>建设标准</translation>
        </message>
        <message>
            <source>Stars awarded on</source>
            <translation>评星日期</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>启用日期</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>座位数</translation>
        </message>
        <message>
            <source>copies, readers or loans</source>
            <translation>图书、读者或借阅记录</translation>
        </message>
        <message>
            <source>facilities, services, visitor counts or inspections</source>
            <translation>设施、服务活动、到访人次或检查记录</translation>
        </message>
        <message>
            <source>Person on duty</source>
            <translation>值班人</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>参加人数</translation>
        </message>
        <message>
            <source>Visitor count</source>
            <translation>人次</translation>
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
            <source>Start &amp;empty</source>
            <translation>从空白开始(&amp;E)</translation>
        </message>
        <message>
            <source>Load &amp;demo data</source>
            <translation>载入演示数据(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>FixDialog</name>
        <message>
            <source>Record the fix of rectification {id}</source>
            <translation>登记整改 {id} 的整改情况</translation>
        </message>
        <message>
            <source>{item}: say what the station did. The rectification stays open until a re-check passes.</source>
            <translation>{item}：请说明站点做了哪些整改。复查通过之前，该整改不会销号。</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>整改情况</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
    </context>
    <context>
        <name>Guide</name>
        <message>
            <source>Choose your reading room once; then everything is done by scanning. Scan a reader card: the reader's loans, reservations and what they may still borrow appear, and each book scanned next is lent. Scan the same card again, press Esc or click End reader when the reader is done. A book scanned with no reader at the desk is returned. The scan log on the right lists every scan, newest first; the tabs hold the overdue list, transfers and book boxes, the stocktake and e-books.</source>
            <translation>先选定本职工书屋，之后一切都靠扫码完成。扫读者证：显示该读者的在借图书、预约和还可借的册数，接着扫的每本书都直接借出。读者办完后，再扫一次同一张读者证、按 Esc 或点击“结束读者”。没有读者在台时扫书即为归还。右侧的扫码记录按时间倒序列出每一次扫码；各标签页是逾期清单、调拨与流动书箱、盘点和电子书。</translation>
        </message>
        <message>
            <source>Type or scan into the search box: a title, author, publisher, pinyin initials, ISBN, call number or copy code. Choose a title to see its copies and their codes. Add title… and Add copies… catalogue by hand; Import… reads CSV, Excel and MARC files; Print labels… prints book and spine labels (save a PDF or print; printing marks the labels printed).</source>
            <translation>在搜索框中输入或扫码：题名、责任者、出版社、拼音首字母、ISBN、索书号或图书条码。选择一种图书即可看到其复本及条码。“新增图书…”和“增加复本…”用于手工编目；“导入…”读取 CSV、Excel 和 MARC 文件；“打印标签…”打印图书标签和书标（可另存为 PDF 或直接打印；打印后标签记为已打印）。</translation>
        </message>
        <message>
            <source>Find a reader as you type: name, pinyin initials, card number or the last four digits of the phone. Choose a reader to see their loans, returned books, reservations and e-book loans on the right. Phone numbers are masked; showing one is recorded. Anonymise a reader who has left: the personal data is erased, the statistics are kept. Print cards… prints reader cards.</source>
            <translation>边输入边查找读者：姓名、拼音首字母、读者证号或手机号后四位。选择一位读者，右侧即显示其在借图书、已还图书、预约和电子书借阅。手机号以掩码显示，查看完整号码会被记录。读者离开后可将其匿名化：个人信息被清除，统计数据保留。“打印读者证…”用于打印读者证。</translation>
        </message>
        <message>
            <source>The register of your union's reading rooms and outdoor workers' service stations, with their addresses and positions; filter it by kind.</source>
            <translation>本工会职工书屋和户外劳动者服务站的登记册，含地址和位置；可按类型筛选。</translation>
        </message>
        <message>
            <source>The facilities of each service station will be kept here.</source>
            <translation>这里将记录各服务站的设施。</translation>
        </message>
        <message>
            <source>Which areas the service stations reach will be shown here.</source>
            <translation>这里将显示各服务站覆盖的区域。</translation>
        </message>
        <message>
            <source>The figures a union counts: reading rooms and stations, titles and copies, readers, books on loan and overdue now, and this month's loans, returns, borrowers, reservations and e-book loans. They follow every change at once.</source>
            <translation>工会统计的各项数字：职工书屋和服务站、图书品种和册数、读者、当前在借和逾期图书，以及本月的借出、归还、借书人数、预约和电子书借阅。数据变化后立即更新。</translation>
        </message>
        <message>
            <source>Your organisation's name and region code (kept in the database), the database in use and its schema version, and this computer's interface language, which changes at once.</source>
            <translation>本单位名称和行政区划代码（保存在数据库中）、正在使用的数据库及其结构版本，以及本机的界面语言（切换后立即生效）。</translation>
        </message>
        <message>
            <source>Go to a page, in the order of the list on the left</source>
            <translation>转到页面，顺序同左侧列表</translation>
        </message>
        <message>
            <source>Search on the catalogue and readers pages</source>
            <translation>在图书和读者页面中搜索</translation>
        </message>
        <message>
            <source>At the desk: end the reader's session</source>
            <translation>借还台：结束当前读者</translation>
        </message>
        <message>
            <source>Search or scan at once; in the readers list, edit the reader</source>
            <translation>立即搜索或扫码；在读者列表中编辑读者</translation>
        </message>
        <message>
            <source>Label preview: zoom in or out (also Ctrl+wheel)</source>
            <translation>标签预览：放大或缩小（也可用 Ctrl+滚轮）</translation>
        </message>
        <message>
            <source>Open another database</source>
            <translation>打开其他数据库</translation>
        </message>
        <message>
            <source>The guide to the page shown</source>
            <translation>当前页面的使用说明</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Guide: {page}</source>
            <translation>使用说明：{page}</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <source>Shuyi — reading rooms and service stations</source>
            <translation>书驿 — 职工书屋与户外劳动者服务站</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>版本 {version}</translation>
        </message>
        <message>
            <source>Database in use: {path}</source>
            <translation>正在使用的数据库：{path}</translation>
        </message>
        <message>
            <source>Qt {qt}, PySide6 {pyside}, Python {python}</source>
            <translation>Qt {qt}，PySide6 {pyside}，Python {python}</translation>
        </message>
        <message>
            <source>About Shuyi</source>
            <translation>关于书驿</translation>
        </message>
    </context>
    <context>
        <name>HistoryTableModel</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>HoldHistoryModel</name>
        <message>
            <source>Waiting</source>
            <translation>等待中</translation>
        </message>
        <message>
            <source>Ready to collect</source>
            <translation>待取书</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>已取书</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>取书地点</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>预约日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Until / closed</source>
            <translation>保留至 / 结束日期</translation>
        </message>
    </context>
    <context>
        <name>HoldTableModel</name>
        <message>
            <source>Waiting for a copy</source>
            <translation>等待到书</translation>
        </message>
        <message>
            <source>Kept aside, ready to collect</source>
            <translation>已留存，可取书</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Collect at</source>
            <translation>取书地点</translation>
        </message>
        <message>
            <source>Placed</source>
            <translation>预约日期</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>条码</translation>
        </message>
    </context>
    <context>
        <name>Hours</name>
        <message>
            <source>a day is not one of Mo Tu We Th Fr Sa Su</source>
            <translation>星期须为 Mo Tu We Th Fr Sa Su 之一</translation>
        </message>
        <message>
            <source>a time span is not like 08:00-18:00</source>
            <translation>时段须形如 08:00-18:00</translation>
        </message>
        <message>
            <source>a time is past 24:00 or its minutes past 59</source>
            <translation>时间超过 24:00 或分钟超过 59</translation>
        </message>
        <message>
            <source>a span starts and ends at the same time</source>
            <translation>时段的开始与结束相同</translation>
        </message>
        <message>
            <source>a rule has no days or no times</source>
            <translation>缺少星期或时段</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <source>Open round the clock, every day</source>
            <translation>每天 24 小时开放</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>不开放</translation>
        </message>
        <message>
            <source>{days} ({total} hours a week)</source>
            <translation>{days}（每周 {total} 小时）</translation>
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
        <message>
            <source>too long</source>
            <translation>过长</translation>
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
        <name>InspectionDialog</name>
        <message>
            <source>New inspection at {site}</source>
            <translation>{site} 新增检查</translation>
        </message>
        <message>
            <source>Answer each item checked: passed or failed. A failed item becomes a rectification with a deadline and a person responsible; items left as “Not checked” are not recorded.</source>
            <translation>逐项填写检查结果：合格或不合格。不合格项目将生成整改，需给出整改期限和责任人；标为“未检查”的项目不作记录。</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>检查类型</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>检查人</translation>
        </message>
        <message>
            <source>Save inspection</source>
            <translation>保存检查</translation>
        </message>
    </context>
    <context>
        <name>Inspections</name>
        <message>
            <source>unannounced visit</source>
            <translation>暗访</translation>
        </message>
        <message>
            <source>self-check</source>
            <translation>自查</translation>
        </message>
        <message>
            <source>superior's inspection</source>
            <translation>上级检查</translation>
        </message>
        <message>
            <source>The inspection date</source>
            <translation>检查日期</translation>
        </message>
        <message>
            <source>The re-check date</source>
            <translation>复查日期</translation>
        </message>
        <message>
            <source>The date of the fix</source>
            <translation>整改日期</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>整改情况</translation>
        </message>
    </context>
    <context>
        <name>InspectionsPanel</name>
        <message>
            <source>Site</source>
            <translation>站点</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>发现日期</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Last fix</source>
            <translation>最近整改情况</translation>
        </message>
        <message>
            <source> (serious)</source>
            <translation>（严重）</translation>
        </message>
        <message>
            <source>closed {date}</source>
            <translation>{date} 已销号</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>open</source>
            <translation>整改中</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>检查类型</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>检查人</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>Inspections and rectification</source>
            <translation>检查与整改</translation>
        </message>
        <message>
            <source>New inspection…</source>
            <translation>新增检查…</translation>
        </message>
        <message>
            <source>Re-check…</source>
            <translation>复查…</translation>
        </message>
        <message>
            <source>Record fix…</source>
            <translation>登记整改…</translation>
        </message>
        <message>
            <source>Past inspections</source>
            <translation>历次检查</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>{inspections} inspection(s); {open} rectification(s) open, {overdue} of them overdue</source>
            <translation>检查 {inspections} 次；未销号整改 {open} 项，其中逾期 {overdue} 项</translation>
        </message>
        <message>
            <source>Downgrade warning: serious rectification(s) {ids} still open. The stars awarded are changed only by the city union.</source>
            <translation>降级提醒：严重问题整改 {ids} 尚未销号。已评定的星级只由市总工会更改。</translation>
        </message>
    </context>
    <context>
        <name>Isbn</name>
        <message>
            <source>checksum</source>
            <translation>校验位不对，可能扫错或输错</translation>
        </message>
        <message>
            <source>length</source>
            <translation>位数不对：ISBN 应为 10 位或 13 位</translation>
        </message>
        <message>
            <source>prefix</source>
            <translation>13 位 ISBN 应以 978 或 979 开头</translation>
        </message>
        <message>
            <source>format</source>
            <translation>含有 ISBN 中不能出现的字符</translation>
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
            <source>{n} copies are marked as printed.</source>
            <translation>已将 {n} 册标记为已打印。</translation>
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
        <name>LicenceDialog</name>
        <message>
            <source>License an e-book</source>
            <translation>添加电子书</translation>
        </message>
        <message>
            <source>Lend a title of the catalogue as an e-book: readers scan its QR with a phone. A title licensed already gets these terms and keeps its E code.</source>
            <translation>将馆藏中的一种图书作为电子书出借：读者用手机扫描二维码阅读。已添加过的图书将改用这些条件，并保留原电子书代码。</translation>
        </message>
        <message>
            <source>&amp;Find the title</source>
            <translation>查找图书(&amp;F)</translation>
        </message>
        <message>
            <source>Reading &amp;address</source>
            <translation>阅读地址(&amp;A)</translation>
        </message>
        <message>
            <source>Readers at &amp;once</source>
            <translation>同时在读人数(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Days a loan lasts</source>
            <translation>借期天数(&amp;D)</translation>
        </message>
        <message>
            <source>Title, author, ISBN or call number</source>
            <translation>题名、作者、ISBN 或索书号</translation>
        </message>
        <message>
            <source>License</source>
            <translation>添加</translation>
        </message>
    </context>
    <context>
        <name>LicenceTableModel</name>
        <message>
            <source>Lending</source>
            <translation>出借中</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>已停借</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>E code</source>
            <translation>电子书代码</translation>
        </message>
        <message>
            <source>At once</source>
            <translation>同时可借</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>在借</translation>
        </message>
        <message>
            <source>Next free</source>
            <translation>下次空出</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>借期</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>LoanTableModel</name>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>索书号</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>应还日</translation>
        </message>
        <message>
            <source>Renewals</source>
            <translation>续借次数</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>逾期天数</translation>
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
            <source>Open another database</source>
            <translation>打开其他数据库</translation>
        </message>
        <message>
            <source>Shuyi databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
            <translation>书驿数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)</translation>
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
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Open another database…</source>
            <translation>打开其他数据库(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Guide to this page</source>
            <translation>本页使用说明(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About Shuyi</source>
            <translation>关于书驿(&amp;A)</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>正在打开数据库…</translation>
        </message>
    </context>
    <context>
        <name>MarkAsPrinted</name>
        <message>
            <source>Mark as printed…</source>
            <translation>标记为已打印…</translation>
        </message>
        <message>
            <source>Once the saved PDF is printed and the labels are on the books: mark these copies, so that “never printed” leaves them out.</source>
            <translation>已保存的 PDF 打印完成、标签贴到书上后：将这些复本标记为已打印，“从未打印”将不再包含它们。</translation>
        </message>
        <message>
            <source>Mark as printed</source>
            <translation>标记为已打印</translation>
        </message>
        <message>
            <source>Mark the {n} copies in {file} as printed?

Do this once the labels are printed and on the books: “Copies whose label was never printed” then leaves them out.</source>
            <translation>将 {file} 中的 {n} 册标记为已打印？

请在标签打印完成并贴到书上之后再标记：此后“从未打印标签的复本”将不再包含它们。</translation>
        </message>
    </context>
    <context>
        <name>NewTransferDialog</name>
        <message>
            <source>New book box</source>
            <translation>新建漂流书箱</translation>
        </message>
        <message>
            <source>New transfer</source>
            <translation>新建调拨</translation>
        </message>
        <message>
            <source>A book box lends copies of {room} to another room or a work site until its return date. Next, scan the copies to put in it.</source>
            <translation>漂流书箱把 {room} 的图书借给另一个书屋或服务站，到归还日期收回。接下来扫描要装箱的图书。</translation>
        </message>
        <message>
            <source>A transfer moves copies of {room} to another reading room for good. Next, scan the copies to send.</source>
            <translation>调拨把 {room} 的图书长期调给另一个职工书屋。接下来扫描要调出的图书。</translation>
        </message>
        <message>
            <source>&amp;Destination</source>
            <translation>目的地(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Return by</source>
            <translation>归还日期(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <source>Optional: what it is for</source>
            <translation>可选：用途说明</translation>
        </message>
        <message>
            <source>Create and scan copies</source>
            <translation>创建并扫描图书</translation>
        </message>
    </context>
    <context>
        <name>OpenLoanModel</name>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>图书条码</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation>借出日期</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>应还日期</translation>
        </message>
        <message>
            <source>Renewals</source>
            <translation>续借次数</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
    </context>
    <context>
        <name>OverdueTab</name>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Overdue loans of the room chosen above.</source>
            <translation>上方所选书屋的逾期借阅。</translation>
        </message>
        <message>
            <source>No loans lent in {room} are overdue.</source>
            <translation>{room} 借出的图书没有逾期。</translation>
        </message>
        <message>
            <source>{n} overdue loan(s) lent in {room}, the longest overdue first</source>
            <translation>{room} 借出的图书有 {n} 册逾期，逾期最久的排在最前</translation>
        </message>
    </context>
    <context>
        <name>OverdueTableModel</name>
        <message>
            <source>Reader card</source>
            <translation>读者证号</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>读者</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>索书号</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>应还日</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>逾期天数</translation>
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
        <name>PlanDialog</name>
        <message>
            <source>Add a maintenance plan</source>
            <translation>添加维护计划</translation>
        </message>
        <message>
            <source>For {code} ({kind}). It shows in the due calendar when it falls due.</source>
            <translation>用于 {code}（{kind}）。到期时会显示在到期提醒中。</translation>
        </message>
        <message>
            <source>&amp;Task</source>
            <translation>任务(&amp;T)</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>Or</source>
            <translation>或</translation>
        </message>
        <message>
            <source>&amp;Starts on</source>
            <translation>开始日期(&amp;S)</translation>
        </message>
        <message>
            <source>every, in months:</source>
            <translation>每隔月数：</translation>
        </message>
        <message>
            <source>before a season:</source>
            <translation>季节前完成：</translation>
        </message>
        <message>
            <source>Summer (due by 1 June, 夏季送清凉)</source>
            <translation>夏季（6 月 1 日前，夏季送清凉）</translation>
        </message>
        <message>
            <source>Winter (due by 1 November, 冬季送温暖)</source>
            <translation>冬季（11 月 1 日前，冬季送温暖）</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <source>Fit</source>
            <translation>适应</translation>
        </message>
        <message>
            <source>The whole page</source>
            <translation>整页</translation>
        </message>
        <message>
            <source>Real size</source>
            <translation>实际大小</translation>
        </message>
        <message>
            <source>Twice the real size</source>
            <translation>实际大小的两倍</translation>
        </message>
        <message>
            <source>(Ctrl+wheel or Ctrl+plus/minus to zoom)</source>
            <translation>（Ctrl+滚轮或 Ctrl+加号/减号缩放）</translation>
        </message>
        <message>
            <source>Page {n} of {m}</source>
            <translation>第 {n} 页，共 {m} 页</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>查找范围(&amp;L)：</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>文件类型(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Page &amp;Set:</source>
            <translation>页面组(&amp;S)：</translation>
        </message>
    </context>
    <context>
        <name>QrDialog</name>
        <message>
            <source>E-book QR</source>
            <translation>电子书二维码</translation>
        </message>
        <message>
            <source>Scan with a phone to read until {date}.</source>
            <translation>用手机扫码阅读，有效期至 {date}。</translation>
        </message>
        <message>
            <source>Save slip as PDF…</source>
            <translation>借阅单存为 PDF…</translation>
        </message>
        <message>
            <source>Copy address</source>
            <translation>复制地址</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>已保存：{path}</translation>
        </message>
        <message>
            <source>Save slip as PDF</source>
            <translation>借阅单存为 PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
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
        <name>ReaderHistoryPane</name>
        <message>
            <source>On loan ({n})</source>
            <translation>在借（{n}）</translation>
        </message>
        <message>
            <source>Returned ({n})</source>
            <translation>已还（{n}）</translation>
        </message>
        <message>
            <source>Reservations ({n})</source>
            <translation>预约（{n}）</translation>
        </message>
        <message>
            <source>E-books ({n})</source>
            <translation>电子书（{n}）</translation>
        </message>
        <message>
            <source>Choose a reader to see what they have borrowed.</source>
            <translation>选择一位读者，查看其借阅记录。</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>{total} books returned in all; the latest {n} are listed.</source>
            <translation>共归还 {total} 册；下面列出最近的 {n} 册。</translation>
        </message>
        <message>
            <source>{open} on loan, {overdue} overdue; {total} returned before.</source>
            <translation>在借 {open} 册，逾期 {overdue} 册；此前已还 {total} 册。</translation>
        </message>
    </context>
    <context>
        <name>ReaderPanelView</name>
        <message>
            <source>No reader at the desk.

Scan a reader card: the reader's loans, holds and what they may still borrow appear here, and each book scanned next is lent at once.
Scan a book with no reader at the desk to return it.
Scan the same card again, press Esc or click End reader when the reader is done.</source>
            <translation>当前没有读者。

扫描读者证：这里会显示该读者的借阅、预约和还可借的册数，之后扫描的每本书都会立即借出。
没有当前读者时扫描图书，即办理归还。
读者办理完毕后，再扫一次同一张读者证、按 Esc 或点击“结束当前读者”。</translation>
        </message>
        <message>
            <source>Card:</source>
            <translation>读者证号：</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>单位：</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>手机：</translation>
        </message>
        <message>
            <source>Reader type:</source>
            <translation>读者类型：</translation>
        </message>
        <message>
            <source>Reserve a title…</source>
            <translation>预约图书…</translation>
        </message>
        <message>
            <source>Renew selected</source>
            <translation>续借所选</translation>
        </message>
        <message>
            <source>Renew the selected loans (or scan the book again)</source>
            <translation>续借所选图书（也可再次扫描该书）</translation>
        </message>
        <message>
            <source>Cancel hold</source>
            <translation>取消预约</translation>
        </message>
        <message>
            <source>Show QR</source>
            <translation>显示二维码</translation>
        </message>
        <message>
            <source>Show the reading address of the selected e-book loan as a QR code</source>
            <translation>以二维码显示所选电子书借阅的阅读地址</translation>
        </message>
        <message>
            <source>Loans ({n})</source>
            <translation>借阅（{n}）</translation>
        </message>
        <message>
            <source>Holds ({n})</source>
            <translation>预约（{n}）</translation>
        </message>
        <message>
            <source>E-books ({n})</source>
            <translation>电子书（{n}）</translation>
        </message>
        <message>
            <source>Up to {max} books at a time for {days} days; {renewals} renewal(s)</source>
            <translation>每次最多借 {max} 册，借期 {days} 天；可续借 {renewals} 次</translation>
        </message>
        <message>
            <source>{loans} of {max} on loan, {left} more allowed · {past} returned before</source>
            <translation>在借 {loans} / {max} 册，还可借 {left} 册 · 以往已还 {past} 册</translation>
        </message>
        <message>
            <source>{n} overdue</source>
            <translation>逾期 {n} 册</translation>
        </message>
        <message>
            <source>Cannot borrow now: {reason}</source>
            <translation>现在不能借书：{reason}</translation>
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
            <source>May renew an &amp;overdue book (from the reader panel)</source>
            <translation>可从读者面板续借逾期图书(&amp;O)</translation>
        </message>
        <message>
            <source>An overdue book scanned at the desk is always returned; with this, the librarian may renew it from the reader panel instead</source>
            <translation>在借还台扫描逾期图书一律办理归还；勾选后，管理员可改为在读者面板中为其续借</translation>
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
        <name>RecheckDialog</name>
        <message>
            <source>Re-check rectification {id}</source>
            <translation>复查整改 {id}</translation>
        </message>
        <message>
            <source>{item}: a passing re-check closes the rectification; a failed one keeps it open with a new, later deadline.</source>
            <translation>{item}：复查通过即销号；不通过则继续整改，并给出新的、更晚的期限。</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>复查结果</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>New deadline</source>
            <translation>新的整改期限</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>检查人</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Save re-check</source>
            <translation>保存复查</translation>
        </message>
    </context>
    <context>
        <name>RecordTableModel</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Work done</source>
            <translation>维护内容</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>费用</translation>
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
            <source>Collection</source>
            <translation>馆藏</translation>
        </message>
        <message>
            <source>Titles</source>
            <translation>图书品种</translation>
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
            <source>Registered</source>
            <translation>已登记</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>正常状态</translation>
        </message>
        <message>
            <source>Registered this month</source>
            <translation>本月新登记</translation>
        </message>
        <message>
            <source>Loans now</source>
            <translation>当前借阅</translation>
        </message>
        <message>
            <source>Books on loan</source>
            <translation>在借图书</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Reservations open</source>
            <translation>未完成预约</translation>
        </message>
        <message>
            <source>E-book loans running</source>
            <translation>有效电子书借阅</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <source>Loans</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>归还</translation>
        </message>
        <message>
            <source>Readers who borrowed</source>
            <translation>借书读者人数</translation>
        </message>
        <message>
            <source>E-book loans</source>
            <translation>电子书借阅</translation>
        </message>
        <message>
            <source>Stations now</source>
            <translation>驿站现状</translation>
        </message>
        <message>
            <source>Facilities</source>
            <translation>设施</translation>
        </message>
        <message>
            <source>Broken or under repair</source>
            <translation>故障或维修中</translation>
        </message>
        <message>
            <source>Past their expiry date</source>
            <translation>已过期物品</translation>
        </message>
        <message>
            <source>Rectifications open</source>
            <translation>未完成整改</translation>
        </message>
        <message>
            <source>Rectifications overdue</source>
            <translation>逾期整改</translation>
        </message>
        <message>
            <source>Stations this month</source>
            <translation>驿站本月</translation>
        </message>
        <message>
            <source>Service events</source>
            <translation>服务活动</translation>
        </message>
        <message>
            <source>Attendance at services</source>
            <translation>活动参与人次</translation>
        </message>
        <message>
            <source>Inspections</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>“This month” is {month}, counted from the 1st.</source>
            <translation>“本月”指 {month}，自 1 日起计。</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概况</translation>
        </message>
        <message>
            <source>Visits (person-times)</source>
            <translation>到访人次</translation>
        </message>
        <message>
            <source>Printable summary sheets and the periodic export to the county union will be made here.</source>
            <translation>这里将生成可打印的汇总表，以及定期报送县总工会的数据。</translation>
        </message>
    </context>
    <context>
        <name>ReserveDialog</name>
        <message>
            <source>Reserve a title</source>
            <translation>预约图书</translation>
        </message>
        <message>
            <source>Reserve a title for {name}, to collect at {room}. Search by title, author, ISBN or call number:</source>
            <translation>为 {name} 预约图书，在 {room} 取书。按题名、责任者、ISBN 或索书号查找：</translation>
        </message>
        <message>
            <source>Title, author, ISBN or call number</source>
            <translation>题名、责任者、ISBN 或索书号</translation>
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
            <source>Copies</source>
            <translation>册数</translation>
        </message>
        <message>
            <source>Reserve</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>No title matches this search.</source>
            <translation>没有符合条件的图书。</translation>
        </message>
    </context>
    <context>
        <name>ResultBanner</name>
        <message>
            <source>Ready. Scan a reader card to lend, or a book with no reader to return it.</source>
            <translation>就绪。扫描读者证开始借书；没有当前读者时扫描图书即归还。</translation>
        </message>
        <message>
            <source>Open on the Facilities page</source>
            <translation>在设施页打开</translation>
        </message>
        <message>
            <source>Scan the QR to read, or open: {url}</source>
            <translation>扫描二维码阅读，或打开：{url}</translation>
        </message>
        <message>
            <source>KEEP ASIDE for {name}</source>
            <translation>请留存：{name} 预约</translation>
        </message>
        <message>
            <source>SEND TO {room}</source>
            <translation>请送往 {room}</translation>
        </message>
    </context>
    <context>
        <name>ReturnedLoanModel</name>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>图书条码</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation>借出日期</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>归还日期</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>逾期天数</translation>
        </message>
    </context>
    <context>
        <name>ScanLogModel</name>
        <message>
            <source>Waiting…</source>
            <translation>等待中…</translation>
        </message>
        <message>
            <source>End reader</source>
            <translation>结束当前读者</translation>
        </message>
        <message>
            <source>Idle</source>
            <translation>超时</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>处理情况</translation>
        </message>
    </context>
    <context>
        <name>ScanQueue</name>
        <message>
            <source>Not done: choose this desk's reading room first (above the scan box)</source>
            <translation>未办理：请先在扫码框上方选择本借还台所在的职工书屋</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <source>Record a service</source>
            <translation>登记服务</translation>
        </message>
        <message>
            <source>A service held at {site}: what it was, when, how long and how many came.</source>
            <translation>在 {site} 开展的服务：内容、日期、时长和参加人数。</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>类别(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Hours:</source>
            <translation>时长（小时）(&amp;H)：</translation>
        </message>
        <message>
            <source>&amp;Attendance:</source>
            <translation>参加人数(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Organiser:</source>
            <translation>组织方(&amp;O)：</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Record maintenance</source>
            <translation>记录维护</translation>
        </message>
        <message>
            <source>Work done on {code} ({kind}).</source>
            <translation>对 {code}（{kind}）所做的维护。</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Work done</source>
            <translation>维护内容(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;By</source>
            <translation>经办人(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Cost (yuan)</source>
            <translation>费用（元）(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Fulfils plan</source>
            <translation>对应计划(&amp;F)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>{task} (due {due})</source>
            <translation>{task}（{due} 到期）</translation>
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
        <name>ShiftDialog</name>
        <message>
            <source>Add a shift</source>
            <translation>添加班次</translation>
        </message>
        <message>
            <source>Who is on duty at {site}, on which days and when. An end before the start runs past midnight.</source>
            <translation>{site} 的值班安排：哪几天、几点到几点、由谁值班。结束时间早于开始时间表示跨过午夜。</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>每天</translation>
        </message>
        <message>
            <source>Monday to Friday</source>
            <translation>周一至周五</translation>
        </message>
        <message>
            <source>Saturday and Sunday</source>
            <translation>周六和周日</translation>
        </message>
        <message>
            <source>&amp;Days:</source>
            <translation>星期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>开始(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>结束(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Person on duty:</source>
            <translation>值班人(&amp;P)：</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
    </context>
    <context>
        <name>SiteDetail</name>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Build mode</source>
            <translation>建设方式</translation>
        </message>
        <message>
            <source>Host unit</source>
            <translation>依托单位</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>坐标</translation>
        </message>
        <message>
            <source>In WGS-84</source>
            <translation>WGS-84 坐标</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>开放时间</translation>
        </message>
        <message>
            <source>Area and seats</source>
            <translation>面积与座位</translation>
        </message>
        <message>
            <source>Person in charge</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>星级</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>达标情况</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>启用日期</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概况</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>“六有”等情况</translation>
        </message>
        <message>
            <source>Choose a site to see it in full.</source>
            <translation>选择一个站点查看详情。</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>Retired on {day}</source>
            <translation>已于 {day} 停用</translation>
        </message>
        <message>
            <source>None recorded yet</source>
            <translation>尚未登记</translation>
        </message>
        <message>
            <source>{n} seats</source>
            <translation>{n} 个座位</translation>
        </message>
        <message>
            <source>Inspections</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>藏书册数</translation>
        </message>
        <message>
            <source>Readers</source>
            <translation>读者</translation>
        </message>
        <message>
            <source>Books on loan</source>
            <translation>在借册数</translation>
        </message>
        <message>
            <source>Facilities</source>
            <translation>设施</translation>
        </message>
        <message>
            <source>Services and visitors</source>
            <translation>服务与到访</translation>
        </message>
        <message>
            <source>Books and readers</source>
            <translation>图书与读者</translation>
        </message>
    </context>
    <context>
        <name>SiteFormDialog</name>
        <message>
            <source>GCJ-02 (Gaode, Tencent)</source>
            <translation>GCJ-02（高德、腾讯）</translation>
        </message>
        <message>
            <source>BD-09 (Baidu)</source>
            <translation>BD-09（百度）</translation>
        </message>
        <message>
            <source>WGS-84 (GPS)</source>
            <translation>WGS-84（GPS）</translation>
        </message>
        <message>
            <source>Add a site</source>
            <translation>新增站点</translation>
        </message>
        <message>
            <source>Change {code}</source>
            <translation>修改 {code}</translation>
        </message>
        <message>
            <source>A reading room lends books; a service station (驿站) is where outdoor workers rest, drink, heat a meal and charge. The code is printed on every label and card of the site and cannot change later.</source>
            <translation>职工书屋出借图书；服务站（驿站）供户外劳动者歇脚、喝水、热饭和充电。代码印在站点的每张标签和证卡上，以后不能更改。</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>站点</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>驿站</translation>
        </message>
        <message>
            <source>Person in charge and facts</source>
            <translation>负责人与“六有”</translation>
        </message>
        <message>
            <source>Service station</source>
            <translation>服务站（驿站）</translation>
        </message>
        <message>
            <source>Reading room</source>
            <translation>职工书屋</translation>
        </message>
        <message>
            <source>&amp;Code</source>
            <translation>代码(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>类型(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>地址(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Position (lng,lat)</source>
            <translation>坐标（经度,纬度）(&amp;P)</translation>
        </message>
        <message>
            <source>Coordinate s&amp;ystem</source>
            <translation>坐标系(&amp;Y)</translation>
        </message>
        <message>
            <source>Opening &amp;hours</source>
            <translation>开放时间(&amp;H)</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>启用日期</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Station kind</source>
            <translation>驿站类型</translation>
        </message>
        <message>
            <source>Build mode</source>
            <translation>建设方式</translation>
        </message>
        <message>
            <source>Host unit</source>
            <translation>依托单位</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>面积</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>座位数</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>星级</translation>
        </message>
        <message>
            <source>Stars awarded on</source>
            <translation>评星日期</translation>
        </message>
        <message>
            <source>Awarded by</source>
            <translation>评定单位</translation>
        </message>
        <message>
            <source>Standard held to</source>
            <translation>建设标准</translation>
        </message>
        <message>
            <source>Person in &amp;charge</source>
            <translation>负责人(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>(not known)</source>
            <translation>（未填）</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Mobile or landline; shown masked</source>
            <translation>手机或固定电话；显示时隐去中间几位</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>书屋</translation>
        </message>
        <message>
            <source>No position: the site will not be shown on maps.</source>
            <translation>未填坐标：站点不会显示在地图上。</translation>
        </message>
        <message>
            <source>Longitude {lng}, latitude {lat}</source>
            <translation>经度 {lng}，纬度 {lat}</translation>
        </message>
        <message>
            <source> (read the other way round: latitude came first)</source>
            <translation>（已按纬度在前读取）</translation>
        </message>
        <message>
            <source>Hours not known.</source>
            <translation>开放时间未填。</translation>
        </message>
        <message>
            <source>{text} is not a date: write it like 2025-06-01</source>
            <translation>{text} 不是日期：请写成 2025-06-01 这样</translation>
        </message>
    </context>
    <context>
        <name>SiteImportWizard</name>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Station kind</source>
            <translation>驿站类型</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>经度</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>纬度</translation>
        </message>
        <message>
            <source>Longitude,latitude in one cell</source>
            <translation>经纬度（同一单元格）</translation>
        </message>
        <message>
            <source>Coordinate system</source>
            <translation>坐标系</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>开放时间</translation>
        </message>
        <message>
            <source>Host unit</source>
            <translation>依托单位</translation>
        </message>
        <message>
            <source>Build mode</source>
            <translation>建设方式</translation>
        </message>
        <message>
            <source>Area m²</source>
            <translation>面积（平方米）</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>座位数</translation>
        </message>
        <message>
            <source>Person in charge</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>启用日期</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>星级</translation>
        </message>
        <message>
            <source>Stars awarded on</source>
            <translation>评星日期</translation>
        </message>
        <message>
            <source>Stars awarded by</source>
            <translation>评定单位</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>建设标准</translation>
        </message>
        <message>
            <source>Region code</source>
            <translation>行政区划代码</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Import sites</source>
            <translation>导入站点</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>Coordinate &amp;system</source>
            <translation>坐标系(&amp;S)</translation>
        </message>
        <message>
            <source>From the file's 坐标系 column</source>
            <translation>按文件中的“坐标系”列</translation>
        </message>
        <message>
            <source>A CSV or Excel file with a row per site: 代码, 名称, 类型, 地址, 经度, 纬度 (or 坐标 “119.7985,33.4712”), 开放时间, 负责人, 电话 … in Chinese or English. Every row needs its code. A row whose code is already here with the same content is left as it is, so importing a file again adds nothing.</source>
            <translation>CSV 或 Excel 文件，每个站点一行：代码、名称、类型、地址、经度、纬度（或坐标“119.7985,33.4712”）、开放时间、负责人、电话……表头中英文均可。每行都要有代码。代码已存在且内容相同的行保持不变，所以重复导入同一文件不会新增任何站点。</translation>
        </message>
        <message>
            <source>Say what each column holds. Columns left as “(not imported)” are skipped.</source>
            <translation>请说明每一列的内容。标为“（不导入）”的列将被跳过。</translation>
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
            <source>&lt; &amp;Back</source>
            <translation>&lt; 上一步(&amp;B)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Choose the file of sites</source>
            <translation>选择站点文件</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
            <translation>表格文件 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>下一步(&amp;N) &gt;</translation>
        </message>
        <message>
            <source>Choose a file to import.</source>
            <translation>请选择要导入的文件。</translation>
        </message>
        <message>
            <source>Choose the column that holds the sites' codes.</source>
            <translation>请选择存放站点代码的列。</translation>
        </message>
        <message>
            <source>{read} rows read: {added} sites added, {already} already here, {rejected} refused.</source>
            <translation>读取 {read} 行：新增站点 {added} 个，{already} 个已存在，拒收 {rejected} 行。</translation>
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
            <source>Hours</source>
            <translation>开放时间</translation>
        </message>
        <message>
            <source>In charge</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Stars</source>
            <translation>星级</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>已停用</translation>
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
        <name>StartBlankDialog</name>
        <message>
            <source>Start a new database</source>
            <translation>新建数据库</translation>
        </message>
        <message>
            <source>e.g. 建湖县总工会</source>
            <translation>例如：建湖县总工会</translation>
        </message>
        <message>
            <source>6 digits, e.g. 320925 (optional)</source>
            <translation>6 位数字，例如 320925（可不填）</translation>
        </message>
        <message>
            <source>Step 1 of 2: the trade union or organisation whose reading rooms these are.</source>
            <translation>第 1 步（共 2 步）：这些职工书屋所属的工会或单位。</translation>
        </message>
        <message>
            <source>&amp;Organisation name</source>
            <translation>单位名称(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Region code</source>
            <translation>行政区划代码(&amp;R)</translation>
        </message>
        <message>
            <source>e.g. JH01</source>
            <translation>例如：JH01</translation>
        </message>
        <message>
            <source>e.g. 城南环卫所职工书屋</source>
            <translation>例如：城南环卫所职工书屋</translation>
        </message>
        <message>
            <source>Reading room (lends books to readers)</source>
            <translation>职工书屋（向读者借阅图书）</translation>
        </message>
        <message>
            <source>Service station (rest, water and charging for outdoor workers)</source>
            <translation>服务站（驿站：为户外劳动者提供歇脚、饮水、充电）</translation>
        </message>
        <message>
            <source>optional, as a map picker gives it: 119.7985,33.4712</source>
            <translation>选填，按地图坐标拾取器的格式：119.7985,33.4712</translation>
        </message>
        <message>
            <source>Step 2 of 2: the first reading room or service station. Its code stands in every label and card printed there: 2 to 6 capital letters or digits, starting with a letter.</source>
            <translation>第 2 步（共 2 步）：第一个职工书屋或服务站。其代码会印在那里打印的每张标签和证卡上：2 至 6 位大写字母或数字，以字母开头。</translation>
        </message>
        <message>
            <source>&amp;Code</source>
            <translation>代码(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>类型(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Station kind</source>
            <translation>驿站类型(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Position</source>
            <translation>坐标(&amp;P)</translation>
        </message>
        <message>
            <source>Coordinate s&amp;ystem</source>
            <translation>坐标系(&amp;Y)</translation>
        </message>
        <message>
            <source>Enter the site's code and name.</source>
            <translation>请输入站点的代码和名称。</translation>
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
            <source>&amp;Create</source>
            <translation>创建(&amp;C)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>e.g. 城南骑手之家</source>
            <translation>例如：城南骑手之家</translation>
        </message>
        <message>
            <source>Enter the organisation's name.</source>
            <translation>请输入单位名称。</translation>
        </message>
    </context>
    <context>
        <name>StartStocktakeDialog</name>
        <message>
            <source>Start stocktake</source>
            <translation>开始盘点</translation>
        </message>
        <message>
            <source>Count the shelves of {room}: scan every copy on them, then Finish. Leave both call numbers empty to count the whole room.</source>
            <translation>盘点 {room} 的书架：逐册扫描架上图书，然后点“完成”。两个索书号都留空即盘点整个书屋。</translation>
        </message>
        <message>
            <source>Call numbers &amp;from</source>
            <translation>起始索书号(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>截止索书号(&amp;T)</translation>
        </message>
        <message>
            <source>e.g. I2 (empty: the first shelf)</source>
            <translation>如 I2（留空：从第一个书架起）</translation>
        </message>
        <message>
            <source>e.g. I3 (empty: the last shelf)</source>
            <translation>如 I3（留空：到最后一个书架）</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
    </context>
    <context>
        <name>StationsPage</name>
        <message>
            <source>Site register</source>
            <translation>站点名录</translation>
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
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Open and retired</source>
            <translation>在用和已停用</translation>
        </message>
        <message>
            <source>Code, name, address, host unit or person in charge</source>
            <translation>代码、名称、地址、依托单位或负责人</translation>
        </message>
        <message>
            <source>Add site…</source>
            <translation>新增站点…</translation>
        </message>
        <message>
            <source>Import sites…</source>
            <translation>导入站点…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>修改…</translation>
        </message>
        <message>
            <source>Retire…</source>
            <translation>停用…</translation>
        </message>
        <message>
            <source>Re-open</source>
            <translation>重新启用</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>查看详情</translation>
        </message>
        <message>
            <source>Count visitors…</source>
            <translation>到访登记…</translation>
        </message>
        <message>
            <source>Against standards…</source>
            <translation>达标总览…</translation>
        </message>
        <message>
            <source>Closed as of today; its history stays and it can be re-opened</source>
            <translation>自今天起停用；历史记录保留，可重新启用</translation>
        </message>
        <message>
            <source>No sites here yet: add one, or import a list of them.</source>
            <translation>还没有站点：请新增，或导入站点名单。</translation>
        </message>
        <message>
            <source>Saved {code} {name}.</source>
            <translation>已保存 {code} {name}。</translation>
        </message>
        <message>
            <source>Retire site</source>
            <translation>停用站点</translation>
        </message>
        <message>
            <source>Retire {code} {name} as of today? Its history stays, and it can be re-opened.</source>
            <translation>自今天起停用 {code} {name}？历史记录保留，以后可以重新启用。</translation>
        </message>
        <message>
            <source>{code} {name} is open again.</source>
            <translation>{code} {name} 已重新启用。</translation>
        </message>
        <message>
            <source>{code} {name} is retired as of {day}.</source>
            <translation>{code} {name} 已于 {day} 停用。</translation>
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
        <name>Status</name>
        <message>
            <source>on the shelf</source>
            <translation>在架</translation>
        </message>
        <message>
            <source>on loan</source>
            <translation>已借出</translation>
        </message>
        <message>
            <source>in transit</source>
            <translation>在途</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>已遗失</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>已剔除</translation>
        </message>
        <message>
            <source>kept aside for a hold</source>
            <translation>已为预约留存</translation>
        </message>
        <message>
            <source>active</source>
            <translation>状态正常</translation>
        </message>
        <message>
            <source>suspended</source>
            <translation>已暂停借阅</translation>
        </message>
        <message>
            <source>no longer a reader</source>
            <translation>已离开（不再是读者）</translation>
        </message>
        <message>
            <source>being filled</source>
            <translation>建立，尚未发出</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>发出</translation>
        </message>
        <message>
            <source>received</source>
            <translation>接收</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>filled</source>
            <translation>装入图书</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>收回</translation>
        </message>
        <message>
            <source>still open</source>
            <translation>开始，尚未完成</translation>
        </message>
        <message>
            <source>a transfer</source>
            <translation>调拨单</translation>
        </message>
        <message>
            <source>a transfer being received</source>
            <translation>接收中的调拨单</translation>
        </message>
        <message>
            <source>a stocktake</source>
            <translation>盘点</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Change status</source>
            <translation>变更状态</translation>
        </message>
        <message>
            <source>{code} is now: {status}. A scrapped facility takes no more changes.</source>
            <translation>{code} 当前状态：{status}。设施报废后不能再作任何更改。</translation>
        </message>
        <message>
            <source>New &amp;status</source>
            <translation>新状态(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>起始日期(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>原因(&amp;W)</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变更</translation>
        </message>
    </context>
    <context>
        <name>StocktakeLineModel</name>
        <message>
            <source>Code</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>索书号</translation>
        </message>
        <message>
            <source>Recorded as</source>
            <translation>记录状态</translation>
        </message>
        <message>
            <source>Belongs to</source>
            <translation>应在书屋</translation>
        </message>
    </context>
    <context>
        <name>StocktakeTab</name>
        <message>
            <source>Stocktake {id} is open: scan every copy on the shelves.</source>
            <translation>盘点 {id} 已开始：请逐册扫描架上图书。</translation>
        </message>
        <message>
            <source>Finish stocktake</source>
            <translation>完成盘点</translation>
        </message>
        <message>
            <source>Finish stocktake {id}? Copies not scanned by now are reported missing.</source>
            <translation>完成盘点 {id}？尚未扫描的图书将列为缺失。</translation>
        </message>
        <message>
            <source>Stocktake {id} is finished: {found} of {expected} copies found.</source>
            <translation>盘点 {id} 已完成：应在架 {expected} 册，找到 {found} 册。</translation>
        </message>
        <message>
            <source>Cancel stocktake</source>
            <translation>取消盘点</translation>
        </message>
        <message>
            <source>Cancel stocktake {id}? Nothing will be reported from it.</source>
            <translation>取消盘点 {id}？本次盘点将不生成报告。</translation>
        </message>
        <message>
            <source>Stocktake {id} is cancelled.</source>
            <translation>盘点 {id} 已取消。</translation>
        </message>
        <message>
            <source>Mark missing as lost</source>
            <translation>缺失图书记为遗失</translation>
        </message>
        <message>
            <source>Record the {n} missing copies as lost? A copy found later is checked in at the desk as found.</source>
            <translation>将缺失的 {n} 册记为遗失？以后找到的图书在借还台扫描即恢复在架。</translation>
        </message>
        <message>
            <source>{n} copies are now recorded as lost.</source>
            <translation>已将 {n} 册记为遗失。</translation>
        </message>
        <message>
            <source>Start stocktake…</source>
            <translation>开始盘点…</translation>
        </message>
        <message>
            <source>Scan shelves</source>
            <translation>扫描书架</translation>
        </message>
        <message>
            <source>Back to lending</source>
            <translation>回到借还</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Earlier stocktakes:</source>
            <translation>以往盘点：</translation>
        </message>
        <message>
            <source>Counting the shelves: every code scanned at the desk goes into stocktake {id}.</source>
            <translation>正在盘点：借还台扫描的每个条码都记入盘点 {id}。</translation>
        </message>
        <message>
            <source>Missing ({n})</source>
            <translation>缺失（{n}）</translation>
        </message>
        <message>
            <source>In the wrong place ({n})</source>
            <translation>错架（{n}）</translation>
        </message>
        <message>
            <source>Found, but recorded as out ({n})</source>
            <translation>在架但记录为不在架（{n}）</translation>
        </message>
        <message>
            <source>Unknown codes ({n})</source>
            <translation>未知条码（{n}）</translation>
        </message>
        <message>
            <source>No stocktake is open in {room}.</source>
            <translation>{room} 当前没有进行中的盘点。</translation>
        </message>
        <message>
            <source>Choose the desk's room first.</source>
            <translation>请先选择借还台所在的书屋。</translation>
        </message>
        <message>
            <source>call numbers {low} to {high}</source>
            <translation>索书号 {low} 至 {high}</translation>
        </message>
        <message>
            <source>the whole room</source>
            <translation>整个书屋</translation>
        </message>
        <message>
            <source>Stocktake {id} of {room}, {span}: open since {start}</source>
            <translation>盘点 {id}：{room}，{span}，{start} 开始</translation>
        </message>
        <message>
            <source>Stocktake {id} of {room}, {span}: finished on {end}</source>
            <translation>盘点 {id}：{room}，{span}，{end} 完成</translation>
        </message>
        <message>
            <source>{scanned} scanned, {expected} expected on these shelves</source>
            <translation>已扫描 {scanned} 册，应在架 {expected} 册</translation>
        </message>
        <message>
            <source>{found} of {expected} expected found</source>
            <translation>应在架 {expected} 册，找到 {found} 册</translation>
        </message>
    </context>
    <context>
        <name>TallyDialog</name>
        <message>
            <source>Visitor tally</source>
            <translation>到访快速计数</translation>
        </message>
        <message>
            <source>&amp;Station:</source>
            <translation>服务站(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>Press 1–{n} for each visitor as they come in; Backspace undoes the last one; Enter saves the count for the day; Esc closes.</source>
            <translation>每来一位，按对应数字键 1–{n}；退格键撤销上一次；回车键保存当天的计数；Esc 关闭。</translation>
        </message>
        <message>
            <source>There is no service station to count visitors for yet.</source>
            <translation>还没有可以计数的服务站。</translation>
        </message>
        <message>
            <source>+{n} not saved</source>
            <translation>+{n} 未保存</translation>
        </message>
        <message>
            <source>{n} visitor(s) counted, not saved yet: press Enter to save</source>
            <translation>已计 {n} 人次，尚未保存：按回车键保存</translation>
        </message>
        <message>
            <source>Saved: {total} visitors on {day} at {site}</source>
            <translation>已保存：{site} {day} 共 {total} 人次</translation>
        </message>
        <message>
            <source>{n} visitor(s) counted are not saved. Close and discard them?</source>
            <translation>已计的 {n} 人次尚未保存。关闭并丢弃吗？</translation>
        </message>
    </context>
    <context>
        <name>Terms</name>
        <message>
            <source>station kinds</source>
            <translation>驿站类型</translation>
        </message>
        <message>
            <source>facility kinds</source>
            <translation>设施类别</translation>
        </message>
        <message>
            <source>service categories</source>
            <translation>服务类别</translation>
        </message>
        <message>
            <source>occupations</source>
            <translation>职业类别</translation>
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
        <name>TransferLineModel</name>
        <message>
            <source>Listed</source>
            <translation>已装入</translation>
        </message>
        <message>
            <source>Not yet received</source>
            <translation>尚未接收</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已接收</translation>
        </message>
        <message>
            <source>Came unasked</source>
            <translation>清单外</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>条码</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>题名</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>索书号</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>TransferReportDialog</name>
        <message>
            <source>Transfer {id} received</source>
            <translation>调拨 {id} 接收完毕</translation>
        </message>
        <message>
            <source>{received} of {copies} copies sent from {source} came; {missing} did not (they stay in transit: trace them); {unexpected} came unasked (set them aside).</source>
            <translation>{source} 发出 {copies} 册，收到 {received} 册；{missing} 册未到（仍为在途，请查找）；{unexpected} 册不在清单内（请单独放置）。</translation>
        </message>
        <message>
            <source>Missing ({n})</source>
            <translation>未到（{n}）</translation>
        </message>
        <message>
            <source>Came unasked ({n})</source>
            <translation>清单外（{n}）</translation>
        </message>
        <message>
            <source>Received ({n})</source>
            <translation>已接收（{n}）</translation>
        </message>
    </context>
    <context>
        <name>TransferTableModel</name>
        <message>
            <source>Transfer</source>
            <translation>调拨</translation>
        </message>
        <message>
            <source>Book box</source>
            <translation>漂流书箱</translation>
        </message>
        <message>
            <source>Copy in transit</source>
            <translation>单册在途</translation>
        </message>
        <message>
            <source>Box back (#{id})</source>
            <translation>书箱返还（#{id}）</translation>
        </message>
        <message>
            <source>Being filled</source>
            <translation>装箱中</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>已发出</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已接收</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>From</source>
            <translation>调出</translation>
        </message>
        <message>
            <source>To</source>
            <translation>调入</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>册数</translation>
        </message>
        <message>
            <source>Return by</source>
            <translation>归还日期</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>TransfersTab</name>
        <message>
            <source>Transfer {id} to {room} is open: scan the copies to put in it.</source>
            <translation>发往 {room} 的调拨 {id} 已建立：请扫描要装入的图书。</translation>
        </message>
        <message>
            <source>{code} is out of transfer {id}.</source>
            <translation>{code} 已移出调拨 {id}。</translation>
        </message>
        <message>
            <source>Transfer {id} is sent: {n} copies in transit to {room}.</source>
            <translation>调拨 {id} 已发出：{n} 册在途，发往 {room}。</translation>
        </message>
        <message>
            <source>Cancel transfer</source>
            <translation>取消调拨</translation>
        </message>
        <message>
            <source>Cancel transfer {id} to {room}? Its copies stay on the shelf.</source>
            <translation>取消发往 {room} 的调拨 {id}？其中图书仍在架上。</translation>
        </message>
        <message>
            <source>Transfer {id} is cancelled.</source>
            <translation>调拨 {id} 已取消。</translation>
        </message>
        <message>
            <source>Confirm arrival</source>
            <translation>确认送达</translation>
        </message>
        <message>
            <source>Did all {n} copies of book box {id} reach {site}?</source>
            <translation>漂流书箱 {id} 的 {n} 册图书是否已全部送达 {site}？</translation>
        </message>
        <message>
            <source>Transfer {id} is received: {n} missing.</source>
            <translation>调拨 {id} 已接收：缺 {n} 册。</translation>
        </message>
        <message>
            <source>Book box {id} back to {room} is ready with the {n} copies still at {site}: check them, then send it.</source>
            <translation>返回 {room} 的漂流书箱 {id} 已建立，装有仍在 {site} 的 {n} 册：核对后发出。</translation>
        </message>
        <message>
            <source>New transfer…</source>
            <translation>新建调拨…</translation>
        </message>
        <message>
            <source>New book box…</source>
            <translation>新建漂流书箱…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Show received and cancelled</source>
            <translation>显示已接收和已取消的</translation>
        </message>
        <message>
            <source>Scan into this transfer</source>
            <translation>扫描装入</translation>
        </message>
        <message>
            <source>Remove copy</source>
            <translation>移出此册</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>发出</translation>
        </message>
        <message>
            <source>Receive by scanning</source>
            <translation>扫描接收</translation>
        </message>
        <message>
            <source>Finish receiving</source>
            <translation>完成接收</translation>
        </message>
        <message>
            <source>Bring the box back</source>
            <translation>收回书箱</translation>
        </message>
        <message>
            <source>Back to lending</source>
            <translation>回到借还</translation>
        </message>
        <message>
            <source>The work site has no desk: receive the whole box for it</source>
            <translation>服务站没有借还台：代其整箱接收</translation>
        </message>
        <message>
            <source>Make the box that brings these copies home, filled with those still there</source>
            <translation>建立返还书箱，装入仍在对方的图书</translation>
        </message>
        <message>
            <source>box {id} at {site}, {days} days late, {n} copies out</source>
            <translation>书箱 {id} 在 {site}，逾期 {days} 天，{n} 册未还</translation>
        </message>
        <message>
            <source>Book boxes past their return date: {boxes}</source>
            <translation>逾期未还的漂流书箱：{boxes}</translation>
        </message>
        <message>
            <source>Select a transfer to see its copies.</source>
            <translation>选择一项调拨，查看其中的图书。</translation>
        </message>
        <message>
            <source>Choose the desk's room first.</source>
            <translation>请先选择借还台所在的书屋。</translation>
        </message>
        <message>
            <source>Book box {id}</source>
            <translation>漂流书箱 {id}</translation>
        </message>
        <message>
            <source>Transfer {id}</source>
            <translation>调拨 {id}</translation>
        </message>
        <message>
            <source>{what}: {source} → {target}, {status}, {n} copies</source>
            <translation>{what}：{source} → {target}，{status}，{n} 册</translation>
        </message>
        <message>
            <source>Scanning into book box {id}: every copy scanned at the desk goes into it.</source>
            <translation>正在装箱：借还台扫描的每册图书都装入漂流书箱 {id}。</translation>
        </message>
        <message>
            <source>Receiving book box {id}: scan every copy that came, then Finish receiving.</source>
            <translation>正在接收漂流书箱 {id}：逐册扫描收到的图书，然后点“完成接收”。</translation>
        </message>
        <message>
            <source>Scanning into transfer {id}: every copy scanned at the desk goes into it.</source>
            <translation>正在装入：借还台扫描的每册图书都装入调拨 {id}。</translation>
        </message>
        <message>
            <source>Receiving transfer {id}: scan every copy that came, then Finish receiving.</source>
            <translation>正在接收调拨 {id}：逐册扫描收到的图书，然后点“完成接收”。</translation>
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
