'use client';

// A client component by necessity (Next requires it for error boundaries). It cannot
// load messages from the server when the server is failing, so it carries a minimal
// multilingual text itself.
const TEXT: Record<string, { title: string; body: string; retry: string }> = {
  en: { title: 'Something went wrong', body: 'Please try again in a few minutes.', retry: 'Try again' },
  es: { title: 'Algo salió mal', body: 'Por favor, inténtelo de nuevo en unos minutos.', retry: 'Intentar de nuevo' },
  ar: { title: 'حدث خطأ ما', body: 'يرجى المحاولة مرة أخرى بعد بضع دقائق.', retry: 'حاول مرة أخرى' },
  fr: { title: 'Une erreur est survenue', body: 'Veuillez réessayer dans quelques minutes.', retry: 'Réessayer' },
  ht: { title: 'Gen yon pwoblèm', body: 'Tanpri eseye ankò nan kèk minit.', retry: 'Eseye ankò' },
  pt: { title: 'Algo deu errado', body: 'Tente novamente em alguns minutos.', retry: 'Tentar novamente' },
  'zh-Hans': { title: '出错了', body: '请过几分钟再试。', retry: '重试' },
  'fa-AF': { title: 'مشکلی پیش آمد', body: 'لطفاً چند دقیقه بعد دوباره کوشش کنید.', retry: 'دوباره کوشش کنید' },
  pl: { title: 'Coś poszło nie tak', body: 'Spróbuj ponownie za kilka minut.', retry: 'Spróbuj ponownie' },
  uk: { title: 'Щось пішло не так', body: 'Спробуйте ще раз за кілька хвилин.', retry: 'Спробувати ще раз' },
  ru: { title: 'Что-то пошло не так', body: 'Попробуйте ещё раз через несколько минут.', retry: 'Попробовать ещё раз' },
  vi: { title: 'Đã xảy ra lỗi', body: 'Vui lòng thử lại sau vài phút.', retry: 'Thử lại' },
  ps: { title: 'یو څه خراب شول', body: 'مهرباني وکړئ څو دقیقې وروسته بیا هڅه وکړئ.', retry: 'بیا هڅه وکړئ' },
  sw: { title: 'Kuna kitu kimeharibika', body: 'Tafadhali jaribu tena baada ya dakika chache.', retry: 'Jaribu tena' },
  so: { title: 'Wax ayaa khaldamay', body: 'Fadlan isku day mar kale dhowr daqiiqo kadib.', retry: 'Isku day mar kale' },
  ne: { title: 'केही गडबड भयो', body: 'कृपया केही मिनेटपछि फेरि प्रयास गर्नुहोस्।', retry: 'फेरि प्रयास गर्नुहोस्' },
};

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const locale = typeof document !== 'undefined' ? document.documentElement.lang : 'en';
  const text = TEXT[locale] ?? TEXT.en!;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{text.title}</h1>
      <p>{text.body}</p>
      <button type="button" onClick={reset} className="min-h-11 rounded bg-brand-700 px-4 text-white">{text.retry}</button>
    </div>
  );
}
