// Russian strings of a chair's first evening: landing links, tasks, help, tour, practice
// organization and feedback. Part of the `ru` dictionary (ru.ts spreads it).
export const ruGuide = {
  'links.title': 'Разделы организации',
  'links.summary': 'Сводка',
  'links.report': 'Отчёт 5-СП',
  'links.forms': 'Формы отчётов',
  'tasks.button': 'Задачи',
  'tasks.title': 'Что нужно сделать',
  'tasks.close': 'Закрыть',
  'tasks.gotIt': 'Понятно',
  'tasks.none': 'Сейчас задач нет.',
  'tasks.passport': 'Заполнить паспорт: {org} (заполнено {percent} %)',
  'tasks.other': 'Задача по организации {org}',
  'tasks.due': 'срок — {date}',
  'tasks.overdue': 'срок прошёл {date}',
  'help.title': 'Справка',
  'help.search': 'Поиск по справке',
  'help.none': 'Ничего не найдено. Попробуйте другое слово.',
  'help.forChairs': 'Председателю первичной организации',
  'help.forCommittees': 'Комитету',
  'help.all': '← Вся справка',
  'help.missing': 'Такой страницы справки нет.',
  'help.menu': 'Справка',
  'help.here': 'Справка по этому экрану',
  'help.index': 'Вся справка',
  'tour.progress': '{current} из {total}',
  'tour.next': 'Далее →',
  'tour.prev': '← Назад',
  'tour.done': 'Готово',
  'tour.skip': 'Пропустить обучение',
  'tour.replay': 'Показать обучение на этом экране',
  'tour.grid.title': 'Список членов профсоюза',
  'tour.grid.text':
    'Это ваш реестр. Работайте как в Excel: щёлкните ячейку и печатайте, Enter сохраняет. Копирование и вставка блоков из Excel тоже работают.',
  'tour.add.title': 'Добавить человека',
  'tour.add.text':
    'Добавляет пустую строку в начало списка — заполните фамилию, имя, дату рождения.',
  'tour.import.title': 'Загрузить из Excel',
  'tour.import.text':
    'Готовый список в .xlsx или .csv загружается целиком: вы увидите, какой столбец куда попадёт, и повторы до загрузки.',
  'tour.remove.title': 'Снять с учёта',
  'tour.remove.text':
    'Выберите строку и укажите дату и причину. Человек останется в истории и будет посчитан в отчёте как выбывший.',
  'tour.search.title': 'Поиск',
  'tour.search.text': 'Ищет по всем столбцам сразу: фамилия, должность, телефон.',
  'tour.passportTab.title': 'Паспорт организации',
  'tour.passportTab.text': 'Адреса, телефоны и сведения об организации — комитет ждёт их к сроку.',
  'tour.sync.title': 'Связь',
  'tour.sync.text':
    'Без интернета работать можно: изменения сохраняются на компьютере и отправятся сами. Здесь видно, сколько ещё не отправлено.',
  'tour.help.title': 'Справка',
  'tour.help.text':
    'Справка по каждому экрану, повтор этого обучения и «Предложение или ошибка» — здесь.',
  'tour.completeness.title': 'Заполненность паспорта',
  'tour.completeness.text':
    'Шкала показывает, сколько обязательных полей заполнено, и чего не хватает.',
  'tour.fields.title': 'Поля паспорта',
  'tour.fields.text':
    'Заполните поля на вкладках; значение сохраняется при переходе к следующему полю. Обязательные отмечены звёздочкой.',
  'tour.summary.title': 'Список ЧП',
  'tour.summary.text': 'Считается сам из списка членов — его заполнять не нужно.',
} as const;
